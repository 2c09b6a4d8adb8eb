// SeededRandom: a platform-independent deterministic random source for the
// numeric constructions (std::mt19937_64 with our own conversion to doubles,
// since std::*_distribution differ between standard libraries).
#pragma once

#include <cstdint>
#include <random>

namespace irrepkit {

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : _engine(seed) {}
  // Uniform in [-1, 1), 53 random bits.
  double symmetric_unit() {
    return static_cast<double>(_engine() >> 11) * 0x1.0p-52 - 1.0;
  }
  // Uniform in [0, bound), bound > 0 (bias below 2^-40 for bound < 2^24).
  std::uint64_t below(std::uint64_t bound) { return _engine() % bound; }

 private:
  std::mt19937_64 _engine;
};

}  // namespace irrepkit
