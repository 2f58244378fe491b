#include "handles.h"

#include <map>
#include <mutex>

namespace sane_addon {

namespace {

std::mutex& Mutex() {
  static std::mutex* mutex = new std::mutex();
  return *mutex;
}

std::map<uint32_t, OpenHandle>& Table() {
  static auto* table = new std::map<uint32_t, OpenHandle>();
  return *table;
}

uint32_t nextId = 1;

}  // namespace

uint32_t RegisterHandle(SANE_Handle handle) {
  std::lock_guard<std::mutex> lock(Mutex());
  uint32_t id = nextId++;
  Table()[id] = OpenHandle{handle, std::make_shared<std::atomic<bool>>(false)};
  return id;
}

OpenHandle LookupHandle(uint32_t id) {
  std::lock_guard<std::mutex> lock(Mutex());
  auto it = Table().find(id);
  return it == Table().end() ? OpenHandle{} : it->second;
}

SANE_Handle TakeHandle(uint32_t id) {
  std::lock_guard<std::mutex> lock(Mutex());
  auto it = Table().find(id);
  if (it == Table().end()) return nullptr;
  SANE_Handle handle = it->second.handle;
  Table().erase(it);
  return handle;
}

bool CancelHandle(uint32_t id) {
  // Holding the lock across sane_cancel keeps close() from freeing the handle underneath us.
  std::lock_guard<std::mutex> lock(Mutex());
  auto it = Table().find(id);
  if (it == Table().end()) return false;
  it->second.cancelled->store(true);
  sane_cancel(it->second.handle);
  return true;
}

}  // namespace sane_addon
