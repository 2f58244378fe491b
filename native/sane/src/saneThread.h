// The one thread that makes every SANE call (except sane_cancel, see handles.h). Backends are not required to be
// thread-safe, and some block for seconds (network discovery, first scan warm-up): a dedicated thread keeps the
// JS event loop free and never ties up libuv's small thread pool.
#pragma once

#include <napi.h>
#include <sane/sane.h>

#include <memory>
#include <string>

namespace sane_addon {

// A unit of work: Execute() runs on the SANE thread, Settle() on the JS thread of the caller's environment.
class Job {
 public:
  virtual ~Job() = default;
  // Runs on the SANE thread after sane_init succeeded. Sets Fail(...) on error.
  virtual void Execute() = 0;
  // Builds the resolved value on the JS thread (only called when no failure was recorded).
  virtual Napi::Value Result(Napi::Env env) = 0;

  void Fail(const std::string& where, SANE_Status status, const std::string& detail = "");
  bool failed() const { return status_ != SANE_STATUS_GOOD; }
  SANE_Status status() const { return status_; }
  const std::string& where() const { return where_; }
  const std::string& detail() const { return detail_; }
  const std::string& text() const { return text_; }

 private:
  SANE_Status status_ = SANE_STATUS_GOOD;
  std::string where_;
  std::string detail_;
  std::string text_;
};

// Queues a job on the SANE thread and returns a promise settled with its result (or a SANE error).
Napi::Value Post(Napi::Env env, std::unique_ptr<Job> job);

// The version code sane_init returned (0 until the first job ran).
SANE_Int InitVersion();

}  // namespace sane_addon
