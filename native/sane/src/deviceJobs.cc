// version, listDevices, open, close, cancel.
#include <string>
#include <vector>

#include "handles.h"
#include "jobs.h"
#include "saneThread.h"

namespace sane_addon {

namespace {

class VersionJob : public Job {
 public:
  void Execute() override { code_ = InitVersion(); }
  Napi::Value Result(Napi::Env env) override {
    std::string v = std::to_string(SANE_VERSION_MAJOR(code_)) + "." + std::to_string(SANE_VERSION_MINOR(code_)) + "." +
                    std::to_string(SANE_VERSION_BUILD(code_));
    return Napi::String::New(env, v);
  }

 private:
  SANE_Int code_ = 0;
};

struct DeviceInfo {
  std::string name, vendor, model, type;
};

std::string Str(const char* s) { return s != nullptr ? s : ""; }

class ListDevicesJob : public Job {
 public:
  void Execute() override {
    const SANE_Device** list = nullptr;
    SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD) return Fail("sane_get_devices", status);
    // The list belongs to SANE and is invalidated by the next call: copy it now, on this thread.
    for (size_t i = 0; list != nullptr && list[i] != nullptr; ++i) {
      devices_.push_back({Str(list[i]->name), Str(list[i]->vendor), Str(list[i]->model), Str(list[i]->type)});
    }
  }
  Napi::Value Result(Napi::Env env) override {
    Napi::Array out = Napi::Array::New(env, devices_.size());
    for (size_t i = 0; i < devices_.size(); ++i) {
      Napi::Object d = Napi::Object::New(env);
      d.Set("name", devices_[i].name);
      d.Set("vendor", devices_[i].vendor);
      d.Set("model", devices_[i].model);
      d.Set("type", devices_[i].type);
      out.Set(static_cast<uint32_t>(i), d);
    }
    return out;
  }

 private:
  std::vector<DeviceInfo> devices_;
};

class OpenJob : public Job {
 public:
  explicit OpenJob(std::string name) : name_(std::move(name)) {}
  void Execute() override {
    SANE_Handle handle = nullptr;
    SANE_Status status = sane_open(name_.c_str(), &handle);
    if (status != SANE_STATUS_GOOD) return Fail("sane_open", status, name_);
    id_ = RegisterHandle(handle);
  }
  Napi::Value Result(Napi::Env env) override { return Napi::Number::New(env, id_); }

 private:
  std::string name_;
  uint32_t id_ = 0;
};

class CloseJob : public Job {
 public:
  explicit CloseJob(uint32_t id) : id_(id) {}
  // Closing an unknown or already closed handle is a no-op: close() is called from `finally` blocks.
  void Execute() override {
    SANE_Handle handle = TakeHandle(id_);
    if (handle != nullptr) sane_close(handle);
  }
  Napi::Value Result(Napi::Env env) override { return env.Undefined(); }

 private:
  uint32_t id_;
};

}  // namespace

bool HandleArg(const Napi::CallbackInfo& info, size_t index, uint32_t* id) {
  if (info.Length() <= index || !info[index].IsNumber()) {
    Napi::TypeError::New(info.Env(), "SANE handle expected").ThrowAsJavaScriptException();
    return false;
  }
  *id = info[index].As<Napi::Number>().Uint32Value();
  return true;
}

Napi::Value Version(const Napi::CallbackInfo& info) { return Post(info.Env(), std::make_unique<VersionJob>()); }

Napi::Value ListDevices(const Napi::CallbackInfo& info) { return Post(info.Env(), std::make_unique<ListDevicesJob>()); }

Napi::Value Open(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsString()) {
    Napi::TypeError::New(info.Env(), "device name expected").ThrowAsJavaScriptException();
    return info.Env().Undefined();
  }
  return Post(info.Env(), std::make_unique<OpenJob>(info[0].As<Napi::String>().Utf8Value()));
}

Napi::Value Close(const Napi::CallbackInfo& info) {
  uint32_t id = 0;
  if (!HandleArg(info, 0, &id)) return info.Env().Undefined();
  return Post(info.Env(), std::make_unique<CloseJob>(id));
}

Napi::Value Cancel(const Napi::CallbackInfo& info) {
  uint32_t id = 0;
  if (!HandleArg(info, 0, &id)) return info.Env().Undefined();
  return Napi::Boolean::New(info.Env(), CancelHandle(id));
}

}  // namespace sane_addon
