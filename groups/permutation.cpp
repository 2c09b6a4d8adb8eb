// Permutations as 0-based image arrays (see permutation.hpp for conventions):
// products apply the left factor first, degrees are padded with fixed points,
// all text is 1-based GAP notation.
#include "groups/permutation.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <string>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

constexpr unsigned long long max_point = 1'000'000;

// 'c' for a printable character, else "byte 0xNN": messages stay one
// readable line even for binary input (a NUL used to cut them short).
std::string quoted(char c) {
  if (std::isprint(static_cast<unsigned char>(c))) return std::string("'") + c + "'";
  const char* hex = "0123456789ABCDEF";
  unsigned char u = static_cast<unsigned char>(c);
  return std::string("byte 0x") + hex[u >> 4] + hex[u & 15];
}

[[noreturn]] void cycle_error(std::string_view text, std::size_t position, const std::string& what) {
  bool printable = true;
  for (char c : text) printable = printable && std::isprint(static_cast<unsigned char>(c));
  std::string shown = text.size() <= 60 && printable ? "\"" + std::string(text) + "\"" : "text";
  throw_bad_input("bad permutation in " + shown + ": " + what + " at position " + std::to_string(position + 1));
}

}  // namespace

Permutation::Permutation(std::size_t degree) : _images(degree) {
  std::iota(_images.begin(), _images.end(), Point{0});
}

Permutation Permutation::from_images(std::vector<Point> images) {
  std::vector<bool> seen(images.size(), false);
  for (std::size_t i = 0; i < images.size(); ++i) {
    Point x = images[i];
    if (x >= images.size()) {
      throw_bad_input("not a permutation: image " + std::to_string(x + 1) + " of point " +
                      std::to_string(i + 1) + " is beyond the degree " +
                      std::to_string(images.size()));
    }
    if (seen[x]) {
      throw_bad_input("not a permutation: repeated image " + std::to_string(x + 1) +
                      " at point " + std::to_string(i + 1));
    }
    seen[x] = true;
  }
  Permutation result;
  result._images = std::move(images);
  return result;
}

Permutation Permutation::from_images_1based(const std::vector<long long>& images) {
  if (images.size() > max_point) {
    throw_bad_input("image list of " + std::to_string(images.size()) + " points: at most " +
                    std::to_string(max_point) + " points");
  }
  std::vector<Point> zero_based(images.size());
  for (std::size_t i = 0; i < images.size(); ++i) {
    long long x = images[i];
    if (x < 1 || x > static_cast<long long>(images.size())) {
      throw_bad_input("not a permutation: image " + std::to_string(x) + " of point " +
                      std::to_string(i + 1) + " is not in 1.." + std::to_string(images.size()));
    }
    zero_based[i] = static_cast<Point>(x - 1);
  }
  return from_images(std::move(zero_based));
}


Permutation Permutation::parse(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) cycle_error(text, i, "empty text");
  Permutation result = parse_prefix(text, i);
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i < text.size()) {
    if (text[i] == ')') cycle_error(text, i, "unbalanced parentheses: unexpected ')'");
    cycle_error(text, i, "unexpected " + quoted(text[i]) + " after the permutation");
  }
  return result;
}

Permutation Permutation::parse_prefix(std::string_view text, std::size_t& i) {
  // Collect cycles first, then build the image array at the largest point.
  std::vector<std::vector<Point>> cycles;
  auto skip_space = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  skip_space();
  if (i == text.size() || text[i] != '(') cycle_error(text, i, "expected '(' to start a permutation");
  Point largest = 0;
  bool any_point = false;
  // cycle_mark[x] = number of the last cycle (from 1) holding point x: a
  // repeated point is found in O(1), not by scanning the cycle (quadratic
  // for a long cycle read from a file).
  std::vector<std::uint32_t> cycle_mark;
  while (i < text.size() && text[i] == '(') {
    ++i;
    std::vector<Point> cycle;
    const std::uint32_t cycle_number = static_cast<std::uint32_t>(cycles.size() + 1);
    skip_space();
    if (i < text.size() && text[i] == ')') {
      ++i;
      skip_space();
      continue;  // "()" is the identity
    }
    while (true) {
      skip_space();
      std::size_t start = i;
      if (i < text.size() && text[i] == '-') cycle_error(text, i, "point must be positive");
      unsigned long long value = 0;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        value = value * 10 + static_cast<unsigned long long>(text[i] - '0');
        if (value > max_point) cycle_error(text, start, "point too large (at most " + std::to_string(max_point) + ")");
        ++i;
      }
      if (i == start) {
        if (i == text.size()) cycle_error(text, i, "unbalanced parentheses: missing ')'");
        cycle_error(text, i, "expected a point but found " + quoted(text[i]));
      }
      if (value == 0) cycle_error(text, start, "point 0 (points are 1-based)");
      Point point = static_cast<Point>(value - 1);
      if (point >= cycle_mark.size()) cycle_mark.resize(std::max<std::size_t>(point + 1, 2 * cycle_mark.size()), 0);
      if (cycle_mark[point] == cycle_number) {
        cycle_error(text, start, "not a permutation: repeated point " + std::to_string(value) + " in a cycle");
      }
      cycle_mark[point] = cycle_number;
      cycle.push_back(point);
      largest = std::max(largest, point);
      any_point = true;
      skip_space();
      if (i == text.size()) cycle_error(text, i, "unbalanced parentheses: missing ')'");
      if (text[i] == ',') {
        ++i;
        continue;
      }
      if (text[i] == ')') {
        ++i;
        break;
      }
      cycle_error(text, i, "expected ',' or ')' but found " + quoted(text[i]));
    }
    cycles.push_back(std::move(cycle));
    skip_space();
  }
  Permutation result(any_point ? largest + 1 : 0);
  // Cycles are multiplied left to right: the leftmost is applied first. In
  // place, in time linear in the text: result * (c_0,...,c_{L-1}) sends the
  // point x with result(x) = c_k to c_{k+1}, and x = inverse(c_k). (A full
  // product per cycle took time cycles x degree: "(1000000)(1)(1)..." hung.)
  std::vector<Point> inverse = result._images;
  std::vector<Point> sources;
  for (const auto& cycle : cycles) {
    sources.clear();
    for (Point c : cycle) sources.push_back(inverse[c]);
    for (std::size_t k = 0; k < cycle.size(); ++k) {
      const Point next = cycle[(k + 1) % cycle.size()];
      result._images[sources[k]] = next;
      inverse[next] = sources[k];
    }
  }
  return result;
}

std::vector<long long> Permutation::images_1based() const {
  std::vector<long long> result(_images.size());
  for (std::size_t i = 0; i < _images.size(); ++i) result[i] = static_cast<long long>(_images[i]) + 1;
  return result;
}

std::string Permutation::to_cycle_string() const {
  std::string out;
  std::vector<bool> done(_images.size(), false);
  for (Point start = 0; start < _images.size(); ++start) {
    if (done[start] || _images[start] == start) continue;
    out += '(';
    Point x = start;
    bool first = true;
    while (!done[x]) {
      done[x] = true;
      if (!first) out += ',';
      out += std::to_string(x + 1);
      first = false;
      x = _images[x];
    }
    out += ')';
  }
  return out.empty() ? "()" : out;
}

Permutation Permutation::operator*(const Permutation& other) const {
  std::size_t n = std::max(degree(), other.degree());
  Permutation result;
  result._images.resize(n);
  for (Point x = 0; x < n; ++x) result._images[x] = other[(*this)[x]];
  return result;
}

Permutation Permutation::inverse() const {
  Permutation result;
  result._images.resize(_images.size());
  for (Point x = 0; x < _images.size(); ++x) result._images[_images[x]] = x;
  return result;
}

Permutation Permutation::power(long long exponent) const {
  Permutation base = exponent < 0 ? inverse() : *this;
  unsigned long long e = exponent < 0 ? 0ULL - static_cast<unsigned long long>(exponent)
                                      : static_cast<unsigned long long>(exponent);
  // Cycle-wise: x -> the point e steps further along its cycle.
  Permutation result(degree());
  std::vector<bool> done(degree(), false);
  std::vector<Point> cycle;
  for (Point start = 0; start < degree(); ++start) {
    if (done[start]) continue;
    cycle.clear();
    for (Point x = start; !done[x]; x = base._images[x]) {
      done[x] = true;
      cycle.push_back(x);
    }
    std::size_t shift = static_cast<std::size_t>(e % cycle.size());
    for (std::size_t k = 0; k < cycle.size(); ++k) result._images[cycle[k]] = cycle[(k + shift) % cycle.size()];
  }
  return result;
}

Permutation Permutation::conjugate_by(const Permutation& h) const {
  return h.inverse() * (*this) * h;
}

bool Permutation::is_identity() const noexcept {
  for (Point x = 0; x < _images.size(); ++x) {
    if (_images[x] != x) return false;
  }
  return true;
}

std::uint64_t Permutation::order() const {
  std::uint64_t result = 1;
  std::vector<bool> done(degree(), false);
  for (Point start = 0; start < degree(); ++start) {
    if (done[start]) continue;
    std::uint64_t length = 0;
    for (Point x = start; !done[x]; x = _images[x]) {
      done[x] = true;
      ++length;
    }
    result = std::lcm(result, length);
  }
  return result;
}

Permutation Permutation::resized(std::size_t new_degree) const {
  Permutation result;
  if (new_degree >= degree()) {
    result._images = _images;
    result._images.reserve(new_degree);
    for (std::size_t x = degree(); x < new_degree; ++x) result._images.push_back(static_cast<Point>(x));
    return result;
  }
  for (std::size_t x = new_degree; x < degree(); ++x) {
    if (_images[x] != x) {
      throw_bad_input("cannot restrict " + to_cycle_string() + " to " + std::to_string(new_degree) +
                      " points: it moves " + std::to_string(x + 1));
    }
  }
  result._images.assign(_images.begin(), _images.begin() + static_cast<std::ptrdiff_t>(new_degree));
  return result;
}

bool Permutation::operator==(const Permutation& other) const noexcept {
  std::size_t n = std::max(degree(), other.degree());
  for (Point x = 0; x < n; ++x) {
    if ((*this)[x] != other[x]) return false;
  }
  return true;
}

std::size_t Permutation::hash() const noexcept {
  // Ignore trailing fixed points so that equal permutations hash equally.
  std::size_t n = degree();
  while (n > 0 && _images[n - 1] == n - 1) --n;
  std::size_t h = 1469598103934665603ULL;
  for (std::size_t x = 0; x < n; ++x) {
    h ^= _images[x];
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace irrepkit
