#include "saneThread.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "status.h"

namespace sane_addon {

void Job::Fail(const std::string& where, SANE_Status status, const std::string& detail) {
  status_ = status;
  where_ = where;
  detail_ = detail;
  const char* text = sane_strstatus(status);
  text_ = text != nullptr ? text : "";
}

namespace {

struct Pending;
void SettleOnJs(Napi::Env env, Napi::Function, void*, Pending* pending);
using Tsfn = Napi::TypedThreadSafeFunction<void, Pending, SettleOnJs>;

// A job plus what it needs to settle its promise on the caller's JS thread.
struct Pending {
  std::unique_ptr<Job> job;
  Napi::Promise::Deferred deferred;
  Tsfn tsfn;
};

void SettleOnJs(Napi::Env env, Napi::Function, void*, Pending* pending) {
  std::unique_ptr<Pending> owned(pending);
  // env is null when the environment is shutting down: nobody is waiting for the promise any more.
  if (env == nullptr) return;
  Napi::HandleScope scope(env);
  Job& job = *owned->job;
  if (job.failed()) {
    owned->deferred.Reject(MakeSaneError(env, job.where(), job.status(), job.text(), job.detail()).Value());
    return;
  }
  Napi::Value value = job.Result(env);
  if (env.IsExceptionPending()) {
    owned->deferred.Reject(env.GetAndClearPendingException().Value());
    return;
  }
  owned->deferred.Resolve(value);
}

// Process-wide: SANE is initialised once per process, whatever the number of JS environments (worker threads).
// Deliberately never destroyed: a backend stuck in I/O at exit must not turn process exit into a hang.
class SaneThread {
 public:
  void Push(Pending* pending) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!started_) {
      std::thread(&SaneThread::Loop, this).detach();
      started_ = true;
    }
    queue_.push_back(pending);
    ready_.notify_one();
  }

  SANE_Int version() const { return version_; }

 private:
  void Loop() {
    for (;;) {
      Pending* pending = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [this] { return !queue_.empty(); });
        pending = queue_.front();
        queue_.pop_front();
      }
      Run(*pending->job);
      // Copy first: once BlockingCall hands the pending job over, the JS thread may free it at any time.
      Tsfn tsfn = pending->tsfn;
      if (tsfn.BlockingCall(pending) != napi_ok) delete pending;
      tsfn.Release();
    }
  }

  void Run(Job& job) {
    if (!initialised_) {
      // SANE reads SANE_CONFIG_DIR here, once: tests set it before the first call.
      SANE_Int version = 0;
      initStatus_ = sane_init(&version, nullptr);
      version_ = version;
      initialised_ = true;
    }
    if (initStatus_ != SANE_STATUS_GOOD) {
      job.Fail("sane_init", initStatus_);
      return;
    }
    job.Execute();
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Pending*> queue_;
  bool started_ = false;
  // Touched only on the SANE thread.
  bool initialised_ = false;
  SANE_Status initStatus_ = SANE_STATUS_GOOD;
  std::atomic<SANE_Int> version_{0};
};

SaneThread& Thread() {
  static SaneThread* thread = new SaneThread();
  return *thread;
}

}  // namespace

Napi::Value Post(Napi::Env env, std::unique_ptr<Job> job) {
  auto* pending = new Pending{std::move(job), Napi::Promise::Deferred::New(env), Tsfn()};
  Napi::Promise promise = pending->deferred.Promise();
  // One thread-safe function per call: it keeps the event loop alive exactly while the call is pending.
  pending->tsfn = Tsfn::New(env, "sane", 0, 1);
  Thread().Push(pending);
  return promise;
}

SANE_Int InitVersion() { return Thread().version(); }

}  // namespace sane_addon
