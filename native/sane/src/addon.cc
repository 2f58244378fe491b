// Entry point of the libsane addon (native/sane/README.md). Context-aware: safe to load from several
// environments (Electron utility process, worker threads); they all share one SANE thread.
#include <napi.h>

#include "jobs.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("version", Napi::Function::New(env, sane_addon::Version, "version"));
  exports.Set("listDevices", Napi::Function::New(env, sane_addon::ListDevices, "listDevices"));
  exports.Set("open", Napi::Function::New(env, sane_addon::Open, "open"));
  exports.Set("close", Napi::Function::New(env, sane_addon::Close, "close"));
  exports.Set("getOptions", Napi::Function::New(env, sane_addon::GetOptions, "getOptions"));
  exports.Set("setOption", Napi::Function::New(env, sane_addon::SetOption, "setOption"));
  exports.Set("scanPage", Napi::Function::New(env, sane_addon::ScanPage, "scanPage"));
  exports.Set("cancel", Napi::Function::New(env, sane_addon::Cancel, "cancel"));
  return exports;
}

}  // namespace

NODE_API_MODULE(sane, Init)
