// GAP-like plain display of character tables; see character_table_display.hpp.
#include "irreps/character_table_display.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <vector>

#include <flint/ulong_extras.h>

namespace irrepkit {

namespace {

std::string letter_name(std::size_t index) {
  // A..Z, then AA, AB, ...
  std::string name;
  std::size_t n = index + 1;
  while (n > 0) {
    --n;
    name.insert(name.begin(), static_cast<char>('A' + n % 26));
    n /= 26;
  }
  return name;
}

// The other Galois conjugate if `value` has exactly two, else nothing.
bool quadratic_star(const Cyclotomic& value, Cyclotomic& star) {
  const std::uint64_t n = value.conductor();
  std::vector<Cyclotomic> conjugates{value};
  for (std::uint64_t k = 2; k < n; ++k) {
    if (std::gcd(k, n) != 1) continue;
    Cyclotomic image = value.galois(static_cast<long long>(k));
    if (std::find(conjugates.begin(), conjugates.end(), image) == conjugates.end()) {
      conjugates.push_back(std::move(image));
      if (conjugates.size() > 2) return false;
    }
  }
  if (conjugates.size() != 2) return false;
  star = conjugates[1];
  return true;
}

class IrrationalNames {
 public:
  std::string name_of(const Cyclotomic& value) {
    for (const auto& entry : _entries) {
      for (const auto& [variant, name] : entry.variants)
        if (variant == value) return name;
    }
    Entry entry;
    entry.letter = letter_name(_entries.size());
    entry.value = value;
    entry.variants.emplace_back(value, entry.letter);
    entry.variants.emplace_back(-value, "-" + entry.letter);
    Cyclotomic conjugate = value.conjugate();
    if (!(conjugate == value)) {
      entry.variants.emplace_back(conjugate, "/" + entry.letter);
      entry.variants.emplace_back(-conjugate, "-/" + entry.letter);
    }
    Cyclotomic star;
    if (quadratic_star(value, star) && !(star == conjugate)) {
      entry.variants.emplace_back(star, "*" + entry.letter);
      entry.variants.emplace_back(-star, "-*" + entry.letter);
    }
    _entries.push_back(std::move(entry));
    return _entries.back().letter;
  }
  std::string legend() const {
    std::string text;
    for (const auto& entry : _entries) text += entry.letter + " = " + entry.value.to_string() + "\n";
    return text;
  }
  bool empty() const { return _entries.empty(); }

 private:
  struct Entry {
    std::string letter;
    Cyclotomic value;
    std::vector<std::pair<Cyclotomic, std::string>> variants;
  };
  std::vector<Entry> _entries;
};

std::string pad_left(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}
std::string pad_right(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::vector<std::uint64_t> prime_divisors(std::uint64_t n) {
  std::vector<std::uint64_t> primes;
  if (n <= 1) return primes;
  n_factor_t factors;
  n_factor_init(&factors);
  n_factor(&factors, n, 1);
  for (int i = 0; i < factors.num; ++i) primes.push_back(factors.p[i]);
  std::sort(primes.begin(), primes.end());
  return primes;
}

}  // namespace

std::string display_character_table(const CharacterTable& table) {
  const ConjugacyClasses& classes = table.classes();
  const std::size_t k = classes.size();
  const std::uint64_t order = classes.group().size();
  const auto primes = prime_divisors(order);

  // Cell texts.
  IrrationalNames names;
  std::vector<std::vector<std::string>> cells(table.size(), std::vector<std::string>(k));
  for (std::size_t i = 0; i < table.size(); ++i) {
    for (std::size_t c = 0; c < k; ++c) {
      const Cyclotomic& v = table.characters()[i].values[c];
      if (v.is_zero()) cells[i][c] = ".";
      else if (v.is_rational()) cells[i][c] = v.to_string();
      else cells[i][c] = names.name_of(v);
    }
  }
  std::vector<std::vector<std::string>> centraliser_rows;
  for (std::uint64_t p : primes) {
    std::vector<std::string> row;
    for (const auto& cls : classes.classes()) {
      std::uint64_t m = cls.centralizer_order;
      int exponent = 0;
      while (m % p == 0) {
        m /= p;
        ++exponent;
      }
      row.push_back(exponent == 0 ? "." : std::to_string(exponent));
    }
    centraliser_rows.push_back(std::move(row));
  }
  // GAP shows the p-th power maps for all primes p up to the largest element order.
  std::uint64_t largest_order = 1;
  for (const auto& cls : classes.classes()) largest_order = std::max(largest_order, cls.element_order);
  std::vector<std::uint64_t> power_primes;
  for (std::uint64_t p = 2; p <= largest_order; ++p)
    if (n_is_prime(p)) power_primes.push_back(p);
  std::vector<std::vector<std::string>> power_rows;
  for (std::uint64_t p : power_primes) {
    std::vector<std::uint32_t> map = classes.power_map(static_cast<long long>(p));
    std::vector<std::string> row;
    for (std::size_t c = 0; c < k; ++c) row.push_back(classes.classes()[map[c]].name);
    power_rows.push_back(std::move(row));
  }

  // Column widths: one blank plus the widest entry.
  std::vector<std::size_t> width(k, 0);
  for (std::size_t c = 0; c < k; ++c) {
    width[c] = classes.classes()[c].name.size();
    for (const auto& row : cells) width[c] = std::max(width[c], row[c].size());
    for (const auto& row : centraliser_rows) width[c] = std::max(width[c], row[c].size());
    for (const auto& row : power_rows) width[c] = std::max(width[c], row[c].size());
    width[c] += 1;
  }
  std::size_t label_width = std::string("X." + std::to_string(table.size())).size() + 3;
  for (std::uint64_t p : power_primes) label_width = std::max(label_width, std::to_string(p).size() + 1);
  const std::size_t head_width = label_width + 3;  // label, indicator, blank

  auto columns = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t c = 0; c < k; ++c) line += pad_left(row[c], width[c]);
    return line;
  };
  std::string text;
  for (std::size_t r = 0; r < primes.size(); ++r)
    text += pad_left(std::to_string(primes[r]), head_width) + columns(centraliser_rows[r]) + "\n";
  text += "\n";
  std::vector<std::string> class_names;
  for (const auto& cls : classes.classes()) class_names.push_back(cls.name);
  text += std::string(head_width, ' ') + columns(class_names) + "\n";
  for (std::size_t r = 0; r < power_primes.size(); ++r)
    text += pad_left(std::to_string(power_primes[r]) + "P", head_width) + columns(power_rows[r]) + "\n";
  text += pad_left("2", label_width + 2) + "\n";
  for (std::size_t i = 0; i < table.size(); ++i) {
    int nu = table.characters()[i].indicator;
    std::string indicator = nu == 1 ? "+" : nu == -1 ? "-" : "o";
    text += pad_right("X." + std::to_string(i + 1), label_width) + pad_left(indicator, 2) + " " + columns(cells[i]) + "\n";
  }
  if (!names.empty()) text += "\n" + names.legend();
  return text;
}

}  // namespace irrepkit
