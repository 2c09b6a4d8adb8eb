// Cayley table checks and the train/held-out split of the composition pairs.
#include "train/composition_dataset.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "lib/error.hpp"
#include "train/seeded_random.hpp"

namespace irrepkit {

std::size_t validate_cayley_table(const std::vector<std::uint32_t>& table) {
  std::size_t n = static_cast<std::size_t>(std::llround(std::sqrt(static_cast<double>(table.size()))));
  if (n == 0 || n * n != table.size()) {
    throw_bad_input("Cayley table: " + std::to_string(table.size()) +
                    " entries is not a nonempty square");
  }
  std::vector<char> seen(n);
  for (std::size_t a = 0; a < n; ++a) {
    std::fill(seen.begin(), seen.end(), 0);
    for (std::size_t b = 0; b < n; ++b) {
      std::uint32_t c = table[a * n + b];
      if (c >= n) throw_bad_input("Cayley table: entry out of range at row " + std::to_string(a));
      if (seen[c]) throw_bad_input("Cayley table: row " + std::to_string(a) + " is not a permutation");
      seen[c] = 1;
    }
  }
  for (std::size_t b = 0; b < n; ++b) {
    std::fill(seen.begin(), seen.end(), 0);
    for (std::size_t a = 0; a < n; ++a) {
      std::uint32_t c = table[a * n + b];
      if (seen[c]) throw_bad_input("Cayley table: column " + std::to_string(b) + " is not a permutation");
      seen[c] = 1;
    }
  }
  for (std::size_t a = 0; a < n; ++a) {
    if (table[a] != a || table[a * n] != a) {
      throw_bad_input("Cayley table: element 0 is not the identity (at " + std::to_string(a) + ")");
    }
  }
  return n;
}

std::vector<std::uint32_t> inverses_from_cayley_table(const std::vector<std::uint32_t>& table) {
  std::size_t n = validate_cayley_table(table);
  std::vector<std::uint32_t> inverse(n);
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < n; ++b) {
      if (table[a * n + b] == 0) {
        inverse[a] = static_cast<std::uint32_t>(b);
        break;
      }
    }
  }
  return inverse;
}

CompositionDataset make_composition_dataset(const std::vector<std::uint32_t>& table,
                                            double train_fraction, std::uint64_t seed) {
  std::size_t n = validate_cayley_table(table);
  if (!(train_fraction > 0.0 && train_fraction <= 1.0)) {
    throw_bad_input("composition dataset: train fraction must lie in (0, 1]");
  }
  std::size_t total = n * n;
  std::vector<std::size_t> order(total);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::size_t train_count = total;
  if (train_fraction < 1.0) {
    SeededRandom random(seed ^ 0x5bd1e995u);
    for (std::size_t i = total; i > 1; --i) {  // Fisher-Yates
      std::size_t j = random.below(i);
      std::swap(order[i - 1], order[j]);
    }
    train_count = static_cast<std::size_t>(std::llround(train_fraction * static_cast<double>(total)));
    train_count = std::clamp<std::size_t>(train_count, 1, total);
    std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(train_count));
    std::sort(order.begin() + static_cast<std::ptrdiff_t>(train_count), order.end());
  }
  CompositionDataset dataset;
  dataset.group_order = n;
  for (std::size_t i = 0; i < total; ++i) {
    CompositionPairs& part = i < train_count ? dataset.train : dataset.test;
    std::size_t p = order[i];
    part.first.push_back(static_cast<std::uint32_t>(p / n));
    part.second.push_back(static_cast<std::uint32_t>(p % n));
    part.target.push_back(table[p]);
  }
  return dataset;
}

}  // namespace irrepkit
