// ProgressBar: draws "label [#####     ] 42% 1.2e5/s 3s left" on stderr.
#include "lib/progress_bar.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>

namespace irrepkit {

namespace {
std::atomic<bool> quiet_flag{false};
}

void ProgressBar::set_quiet(bool quiet) noexcept { quiet_flag = quiet; }

bool ProgressBar::enabled() noexcept { return !quiet_flag && ::isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::string label, std::uint64_t total)
    : _label(std::move(label)),
      _total(total == 0 ? 1 : total),
      _start(std::chrono::steady_clock::now()),
      _last_draw(_start),
      _active(enabled()) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::uint64_t done) {
  if (!_active || _finished) return;
  auto now = std::chrono::steady_clock::now();
  if (now - _last_draw < std::chrono::milliseconds(100) && done < _total) return;
  _last_draw = now;
  double seconds = std::chrono::duration<double>(now - _start).count();
  double fraction = static_cast<double>(done) / static_cast<double>(_total);
  if (fraction > 1) fraction = 1;
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  double left = rate > 0 ? static_cast<double>(_total - (done < _total ? done : _total)) / rate : 0;
  const int width = 30;
  int filled = static_cast<int>(fraction * width);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(width - filled), ' ');
  std::fprintf(stderr, "\r%s [%s] %3d%% %.3g/s %.0fs left ", _label.c_str(), bar.c_str(),
               static_cast<int>(fraction * 100), rate, left);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (!_active || _finished) return;
  _finished = true;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace irrepkit
