// The training data of the composition task: pairs (g1, g2) labelled g1*g2,
// read off a Cayley table (row-major n x n, table[a*n+b] = index of a*b,
// index 0 the identity), optionally split into train and held-out pairs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace irrepkit {

struct CompositionPairs {
  std::vector<std::uint32_t> first;
  std::vector<std::uint32_t> second;
  std::vector<std::uint32_t> target;
  std::size_t size() const noexcept { return first.size(); }
};

struct CompositionDataset {
  std::size_t group_order = 0;
  CompositionPairs train;
  CompositionPairs test;  // empty when train_fraction == 1
};

// Throws bad_input unless `table` is a square table of a group with identity 0
// (size a perfect square, entries in range, row and column 0 the identity map,
// every row and column a permutation).
std::size_t validate_cayley_table(const std::vector<std::uint32_t>& table);

// inverse[a] = the b with a*b = 0.
std::vector<std::uint32_t> inverses_from_cayley_table(const std::vector<std::uint32_t>& table);

// All n^2 pairs in order p = a*n + b when train_fraction == 1; otherwise a
// seeded shuffle puts round(train_fraction * n^2) pairs (at least one) in train
// and the rest in test, each part kept in ascending pair order.
CompositionDataset make_composition_dataset(const std::vector<std::uint32_t>& table,
                                            double train_fraction, std::uint64_t seed);

}  // namespace irrepkit
