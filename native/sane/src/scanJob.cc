// scanPage: sane_start + sane_get_parameters + the sane_read loop for every frame of one page (guide scanning.md
// §1.1). The handle stays "in batch" afterwards: calling scanPage again feeds the next ADF sheet. close() (or
// cancel()) ends the batch.
#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "handles.h"
#include "jobs.h"

#include <chrono>
#include <thread>
#include "saneThread.h"

namespace sane_addon {

namespace {

// 64 KiB per sane_read, as validated (scanning.md §6): large enough for few calls, small enough for prompt cancel.
constexpr SANE_Int kReadChunk = 64 * 1024;
// A page has one frame (gray, RGB) or three (3-pass red, green, blue); anything beyond is a broken backend.
constexpr int kMaxFrames = 4;
// 2026-11: 100 ms; the test backend's reader fills the 64 KiB pipe in well under that even on a loaded 2-core CI.
constexpr int kReaderSettleMs = 100;

struct Frame {
  SANE_Parameters params{};
  std::vector<SANE_Byte> data;
};

SANE_Status ReadFrame(SANE_Handle h, const std::atomic<bool>& cancelled, Frame* frame) {
  std::vector<SANE_Byte> chunk(kReadChunk);
  if (frame->params.lines > 0 && frame->params.bytes_per_line > 0) {
    frame->data.reserve(static_cast<size_t>(frame->params.lines) * static_cast<size_t>(frame->params.bytes_per_line));
  }
  for (;;) {
    // cancel() also calls sane_cancel, which makes a blocked sane_read return; the flag covers backends that
    // keep returning data anyway.
    if (cancelled.load()) return SANE_STATUS_CANCELLED;
    SANE_Int len = 0;
    SANE_Status status = sane_read(h, chunk.data(), kReadChunk, &len);
    // Some backends (the test backend among them) answer a cancelled read with EOF: a short page is no page.
    if (status == SANE_STATUS_EOF) return cancelled.load() ? SANE_STATUS_CANCELLED : SANE_STATUS_GOOD;
    if (status != SANE_STATUS_GOOD) return status;
    frame->data.insert(frame->data.end(), chunk.begin(), chunk.begin() + len);
  }
}

// Whole lines actually received; lines == -1 (hand scanner, ADF auto-length) is only known afterwards.
size_t LinesOf(const Frame& f) {
  if (f.params.bytes_per_line <= 0) return 0;
  size_t got = f.data.size() / static_cast<size_t>(f.params.bytes_per_line);
  return f.params.lines >= 0 ? std::min(got, static_cast<size_t>(f.params.lines)) : got;
}

bool IsSingleBand(SANE_Frame format) {
  return format == SANE_FRAME_RED || format == SANE_FRAME_GREEN || format == SANE_FRAME_BLUE;
}

class ScanPageJob : public Job {
 public:
  explicit ScanPageJob(uint32_t id) : id_(id) {}

  void Execute() override {
    OpenHandle open = LookupHandle(id_);
    if (open.handle == nullptr) return Fail("scanPage", SANE_STATUS_INVAL, "handle is closed");
    if (open.cancelled->load()) return Fail("scanPage", SANE_STATUS_CANCELLED);
    std::vector<Frame> frames;
    for (int n = 0; n < kMaxFrames; ++n) {
      Frame frame;
      SANE_Status status = sane_start(open.handle);
      if (status != SANE_STATUS_GOOD) return Abort(open, "sane_start", status);
      status = sane_get_parameters(open.handle, &frame.params);
      if (status != SANE_STATUS_GOOD) return Abort(open, "sane_get_parameters", status);
      if (frame.params.bytes_per_line <= 0) return Abort(open, "sane_get_parameters", SANE_STATUS_INVAL);
      status = ReadFrame(open.handle, *open.cancelled, &frame);
      if (status != SANE_STATUS_GOOD) return Abort(open, "sane_read", status);
      bool last = frame.params.last_frame != SANE_FALSE;
      frames.push_back(std::move(frame));
      if (last) break;
    }
    frameCount_ = static_cast<int>(frames.size());
    if (frames.size() == 1) return Single(std::move(frames[0]));
    Interleave(frames);
  }

  Napi::Value Result(Napi::Env env) override {
    Napi::Object out = Napi::Object::New(env);
    out.Set("width", width_);
    out.Set("height", height_);
    out.Set("depth", depth_);
    out.Set("format", format_);
    out.Set("bytesPerLine", bytesPerLine_);
    out.Set("frames", frameCount_);
    out.Set("lastFrame", true);
    // A copy, not an external buffer: Electron's V8 memory cage forbids buffers allocated outside it.
    out.Set("data", Napi::Buffer<SANE_Byte>::Copy(env, data_.data(), data_.size()));
    data_.clear();
    data_.shrink_to_fit();
    return out;
  }

 private:
  void Abort(const OpenHandle& open, const std::string& where, SANE_Status status) {
    // Reset the device after a failed start or read (SANE standard); cancelled handles are already reset.
    if (status != SANE_STATUS_CANCELLED) {
      // Backends with a sanei_thread reader (the test backend among them) stop it with an asynchronous
      // pthread_cancel. Right after an error the reader is still producing data; cancelled inside malloc it
      // leaves a malloc arena locked and sane_cancel's join waits forever (seen with gdb, 2026-11: reader stuck
      // in __malloc_arena_thread_freeres). Giving it a moment lets it block in write() on the full pipe, a safe
      // cancellation point.
      std::this_thread::sleep_for(std::chrono::milliseconds(kReaderSettleMs));
      sane_cancel(open.handle);
    }
    Fail(where, status);
  }

  void Single(Frame frame) {
    const SANE_Parameters& p = frame.params;
    width_ = p.pixels_per_line;
    depth_ = p.depth;
    bytesPerLine_ = p.bytes_per_line;
    format_ = p.format == SANE_FRAME_GRAY ? "gray" : p.format == SANE_FRAME_RGB ? "rgb" : "other";
    height_ = static_cast<int>(LinesOf(frame));
    frame.data.resize(static_cast<size_t>(height_) * static_cast<size_t>(bytesPerLine_));
    data_ = std::move(frame.data);
  }

  // 3-pass colour: one band per frame, combined into pixel-interleaved RGB without line padding.
  void Interleave(const std::vector<Frame>& frames) {
    const SANE_Parameters& p = frames[0].params;
    size_t sample = p.depth == 16 ? 2 : 1;
    bool bands = std::all_of(frames.begin(), frames.end(), [](const Frame& f) { return IsSingleBand(f.params.format); });
    if (!bands || frames.size() != 3 || p.depth < 8) return Fail("scanPage", SANE_STATUS_UNSUPPORTED, "multi-frame layout");
    size_t lines = LinesOf(frames[0]);
    for (const Frame& f : frames) lines = std::min(lines, LinesOf(f));
    size_t width = static_cast<size_t>(p.pixels_per_line);
    size_t stride = width * 3 * sample;
    data_.assign(lines * stride, 0);
    for (const Frame& f : frames) {
      size_t band = f.params.format == SANE_FRAME_RED ? 0 : f.params.format == SANE_FRAME_GREEN ? 1 : 2;
      size_t inStride = static_cast<size_t>(f.params.bytes_per_line);
      for (size_t y = 0; y < lines; ++y) {
        for (size_t x = 0; x < width; ++x) {
          for (size_t b = 0; b < sample; ++b) data_[y * stride + (x * 3 + band) * sample + b] = f.data[y * inStride + x * sample + b];
        }
      }
    }
    width_ = static_cast<int>(width);
    height_ = static_cast<int>(lines);
    depth_ = p.depth;
    bytesPerLine_ = static_cast<int>(stride);
    format_ = "rgb";
  }

  uint32_t id_;
  int width_ = 0, height_ = 0, depth_ = 0, bytesPerLine_ = 0, frameCount_ = 0;
  std::string format_;
  std::vector<SANE_Byte> data_;
};

}  // namespace

Napi::Value ScanPage(const Napi::CallbackInfo& info) {
  uint32_t id = 0;
  if (!HandleArg(info, 0, &id)) return info.Env().Undefined();
  return Post(info.Env(), std::make_unique<ScanPageJob>(id));
}

}  // namespace sane_addon
