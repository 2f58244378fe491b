// getOptions, setOption.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "handles.h"
#include "jobs.h"
#include "optionValues.h"
#include "saneThread.h"

namespace sane_addon {

namespace {

class GetOptionsJob : public Job {
 public:
  explicit GetOptionsJob(uint32_t id) : id_(id) {}
  void Execute() override {
    SANE_Handle h = LookupHandle(id_).handle;
    if (h == nullptr) return Fail("getOptions", SANE_STATUS_INVAL, "handle is closed");
    SANE_Status status;
    int count = OptionCount(h, &status);
    if (count < 0) return Fail("sane_control_option", status, "option count");
    for (int i = 1; i < count; ++i) {
      OptionInfo info;
      if (ReadOption(h, i, &info)) options_.push_back(std::move(info));
    }
  }
  Napi::Value Result(Napi::Env env) override {
    Napi::Array out = Napi::Array::New(env, options_.size());
    for (size_t i = 0; i < options_.size(); ++i) out.Set(static_cast<uint32_t>(i), OptionToJs(env, options_[i]));
    return out;
  }

 private:
  uint32_t id_;
  std::vector<OptionInfo> options_;
};

// What JS passed: SANE wants the value in the option's own type, converted on the SANE thread.
struct Input {
  bool isString = false;
  std::string text;
  double number = 0;
};

class SetOptionJob : public Job {
 public:
  SetOptionJob(uint32_t id, std::string name, Input input) : id_(id), name_(std::move(name)), input_(std::move(input)) {}

  void Execute() override {
    SANE_Handle h = LookupHandle(id_).handle;
    if (h == nullptr) return Fail("setOption", SANE_STATUS_INVAL, "handle is closed");
    const SANE_Option_Descriptor* d = nullptr;
    int index = FindOption(h, name_, &d);
    if (index < 0) return Fail("setOption", SANE_STATUS_UNSUPPORTED, "no option " + name_);
    if (!SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap)) {
      return Fail("setOption", SANE_STATUS_INVAL, "option " + name_ + " is inactive or read-only");
    }
    std::vector<SANE_Byte> buf(static_cast<size_t>(d->size > 0 ? d->size : 0) + sizeof(SANE_Word), 0);
    if (!Encode(d, buf)) return Fail("setOption", SANE_STATUS_INVAL, "wrong value type for " + name_);
    SANE_Status status = sane_control_option(h, index, SANE_ACTION_SET_VALUE, buf.data(), &info_);
    if (status != SANE_STATUS_GOOD) return Fail("sane_control_option", status, name_);
    // Re-read: the backend may have rounded the value (SANE_INFO_INEXACT); the descriptor may have changed too.
    index = FindOption(h, name_, &d);
    if (index >= 0) value_ = ReadValue(h, index, d);
  }

  Napi::Value Result(Napi::Env env) override {
    Napi::Object out = Napi::Object::New(env);
    out.Set("info", info_);
    out.Set("inexact", (info_ & SANE_INFO_INEXACT) != 0);
    out.Set("reloadOptions", (info_ & SANE_INFO_RELOAD_OPTIONS) != 0);
    out.Set("reloadParams", (info_ & SANE_INFO_RELOAD_PARAMS) != 0);
    out.Set("value", ValueToJs(env, value_));
    return out;
  }

 private:
  bool Encode(const SANE_Option_Descriptor* d, std::vector<SANE_Byte>& buf) const {
    if (d->type == SANE_TYPE_STRING) {
      if (!input_.isString || d->size <= 0) return false;
      std::strncpy(reinterpret_cast<char*>(buf.data()), input_.text.c_str(), static_cast<size_t>(d->size) - 1);
      return true;
    }
    if (input_.isString) return false;
    SANE_Word word = 0;
    if (d->type == SANE_TYPE_BOOL) word = input_.number != 0 ? SANE_TRUE : SANE_FALSE;
    else if (d->type == SANE_TYPE_FIXED) word = SANE_FIX(input_.number);
    else if (d->type == SANE_TYPE_INT) word = static_cast<SANE_Word>(std::lround(input_.number));
    else return false;
    // Array options (e.g. gamma tables) get the same value in every element.
    size_t n = std::max<size_t>(1, static_cast<size_t>(d->size) / sizeof(SANE_Word));
    auto* words = reinterpret_cast<SANE_Word*>(buf.data());
    for (size_t i = 0; i < n; ++i) words[i] = word;
    return true;
  }

  uint32_t id_;
  std::string name_;
  Input input_;
  SANE_Int info_ = 0;
  OptionValue value_;
};

}  // namespace

Napi::Value GetOptions(const Napi::CallbackInfo& info) {
  uint32_t id = 0;
  if (!HandleArg(info, 0, &id)) return info.Env().Undefined();
  return Post(info.Env(), std::make_unique<GetOptionsJob>(id));
}

Napi::Value SetOption(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  uint32_t id = 0;
  if (!HandleArg(info, 0, &id)) return env.Undefined();
  if (info.Length() < 3 || !info[1].IsString()) {
    Napi::TypeError::New(env, "setOption(handle, name, value) expected").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  Input input;
  if (info[2].IsString()) {
    input.isString = true;
    input.text = info[2].As<Napi::String>().Utf8Value();
  } else if (info[2].IsNumber()) {
    input.number = info[2].As<Napi::Number>().DoubleValue();
  } else if (info[2].IsBoolean()) {
    input.number = info[2].As<Napi::Boolean>().Value() ? 1 : 0;
  } else {
    Napi::TypeError::New(env, "option value must be a string, number or boolean").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return Post(env, std::make_unique<SetOptionJob>(id, info[1].As<Napi::String>().Utf8Value(), std::move(input)));
}

}  // namespace sane_addon
