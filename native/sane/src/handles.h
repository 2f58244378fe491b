// Open SANE handles, exposed to JS as small integers. The table is shared by the SANE thread (open, use, close)
// and the JS thread (cancel), so it is guarded by one mutex.
#pragma once

#include <sane/sane.h>

#include <atomic>
#include <cstdint>
#include <memory>

namespace sane_addon {

// `cancelled` turns true once cancel() was called: the handle then only accepts close(). The SANE thread polls it
// without the table lock, so a slow sane_cancel on the JS thread can never stall the read loop.
struct OpenHandle {
  SANE_Handle handle = nullptr;
  std::shared_ptr<std::atomic<bool>> cancelled;
};

uint32_t RegisterHandle(SANE_Handle handle);
// handle == nullptr when the id is unknown or closed.
OpenHandle LookupHandle(uint32_t id);
// Removes the handle and returns it for sane_close (nullptr if unknown).
SANE_Handle TakeHandle(uint32_t id);
// Called on the JS thread while a read may be in flight on the SANE thread: the SANE standard allows
// sane_cancel from another thread (or a signal handler) precisely to stop a blocking sane_read.
bool CancelHandle(uint32_t id);

}  // namespace sane_addon
