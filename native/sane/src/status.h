// SANE status → JS Error. The driver maps `saneStatus` to typed app errors (saneErrors.ts); here we only keep
// the raw facts: which call failed, the SANE_STATUS_* name and the backend's sane_strstatus text.
#pragma once

#include <napi.h>
#include <sane/sane.h>

#include <string>

namespace sane_addon {

const char* StatusName(SANE_Status status);

// Error with message "<where>: <sane_strstatus>[ (<detail>)]", plus saneStatus (name) and saneCode (number).
// `text` is sane_strstatus(status), computed on the SANE thread (see Job::Fail).
Napi::Error MakeSaneError(Napi::Env env, const std::string& where, SANE_Status status, const std::string& text,
                          const std::string& detail);

}  // namespace sane_addon
