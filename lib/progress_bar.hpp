// A progress bar on stderr for long work (enumeration, classes, training):
// shows the fraction done, the rate and the time left. It draws only when
// stderr is a terminal and it is not silenced (--quiet); otherwise it is a no-op.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace irrepkit {

class ProgressBar {
 public:
  ProgressBar(std::string label, std::uint64_t total);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(std::uint64_t done);  // cheap when called often: redraws at most ~10 times a second
  void finish();

  // Global switch (set by --quiet); also off when stderr is not a terminal.
  static void set_quiet(bool quiet) noexcept;
  static bool enabled() noexcept;

 private:
  std::string _label;
  std::uint64_t _total;
  std::chrono::steady_clock::time_point _start, _last_draw;
  bool _active;
  bool _finished = false;
};

}  // namespace irrepkit
