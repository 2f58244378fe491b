// The JS-callable functions. Each validates its arguments on the JS thread, then posts a Job to the SANE thread
// and returns a promise; cancel() is the one synchronous call (it must work while the SANE thread is busy).
#pragma once

#include <napi.h>

#include <cstdint>

namespace sane_addon {

Napi::Value Version(const Napi::CallbackInfo& info);
Napi::Value ListDevices(const Napi::CallbackInfo& info);
Napi::Value Open(const Napi::CallbackInfo& info);
Napi::Value Close(const Napi::CallbackInfo& info);
Napi::Value GetOptions(const Napi::CallbackInfo& info);
Napi::Value SetOption(const Napi::CallbackInfo& info);
Napi::Value ScanPage(const Napi::CallbackInfo& info);
Napi::Value Cancel(const Napi::CallbackInfo& info);

// Reads argument `index` as a handle id; throws a TypeError (and returns false) when it is not one.
bool HandleArg(const Napi::CallbackInfo& info, size_t index, uint32_t* id);

}  // namespace sane_addon
