// A small deterministic random source for training: mt19937_64 (fully
// specified by the C++ standard) with our own uniform and Box-Muller normal
// draws, so a seed gives the same numbers with every standard library.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace irrepkit {

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : _engine(seed) {}

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(_engine() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, bound) (bound > 0), by rejection (no modulo bias).
  std::uint64_t below(std::uint64_t bound) {
    std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t draw;
    do draw = _engine();
    while (draw >= limit);
    return draw % bound;
  }

  double normal() {
    if (_has_spare) {
      _has_spare = false;
      return _spare;
    }
    double u1 = 1.0 - uniform();  // (0, 1]
    double u2 = uniform();
    double radius = std::sqrt(-2.0 * std::log(u1));
    _spare = radius * std::sin(2.0 * std::numbers::pi * u2);
    _has_spare = true;
    return radius * std::cos(2.0 * std::numbers::pi * u2);
  }

 private:
  std::mt19937_64 _engine;
  double _spare = 0.0;
  bool _has_spare = false;
};

}  // namespace irrepkit
