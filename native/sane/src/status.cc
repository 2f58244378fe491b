#include "status.h"

namespace sane_addon {

const char* StatusName(SANE_Status status) {
  switch (static_cast<int>(status)) {
    case SANE_STATUS_GOOD: return "SANE_STATUS_GOOD";
    case SANE_STATUS_UNSUPPORTED: return "SANE_STATUS_UNSUPPORTED";
    case SANE_STATUS_CANCELLED: return "SANE_STATUS_CANCELLED";
    case SANE_STATUS_DEVICE_BUSY: return "SANE_STATUS_DEVICE_BUSY";
    case SANE_STATUS_INVAL: return "SANE_STATUS_INVAL";
    case SANE_STATUS_EOF: return "SANE_STATUS_EOF";
    case SANE_STATUS_JAMMED: return "SANE_STATUS_JAMMED";
    case SANE_STATUS_NO_DOCS: return "SANE_STATUS_NO_DOCS";
    case SANE_STATUS_COVER_OPEN: return "SANE_STATUS_COVER_OPEN";
    case SANE_STATUS_IO_ERROR: return "SANE_STATUS_IO_ERROR";
    case SANE_STATUS_NO_MEM: return "SANE_STATUS_NO_MEM";
    case SANE_STATUS_ACCESS_DENIED: return "SANE_STATUS_ACCESS_DENIED";
    // 12 and 13 are defined for "later SANE versions" but #if 0-ed in sane.h; some backends return them anyway.
    case 12: return "SANE_STATUS_WARMING_UP";
    case 13: return "SANE_STATUS_HW_LOCKED";
    default: return "SANE_STATUS_UNKNOWN";
  }
}

Napi::Error MakeSaneError(Napi::Env env, const std::string& where, SANE_Status status, const std::string& text,
                          const std::string& detail) {
  std::string message = where + ": " + (text.empty() ? "unknown status" : text);
  if (!detail.empty()) message += " (" + detail + ")";
  Napi::Error error = Napi::Error::New(env, message);
  error.Set("saneStatus", Napi::String::New(env, StatusName(status)));
  error.Set("saneCode", Napi::Number::New(env, static_cast<int>(status)));
  error.Set("saneText", Napi::String::New(env, text));
  return error;
}

}  // namespace sane_addon
