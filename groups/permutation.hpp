// Permutations of {0, ..., n-1} stored as 0-based image arrays.
//
// Conventions (GAP's, stated once here and in the README):
// - Points are 0-based inside, 1-based in all input and output.
// - The product g*h applies g first, then h: (g*h)(x) = h(g(x)).
// - Permutations of different degrees combine by padding with fixed points.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace irrepkit {

using Point = std::uint32_t;

class Permutation {
 public:
  Permutation() = default;                       // the identity on 0 points
  explicit Permutation(std::size_t degree);      // the identity on `degree` points
  // Checked: throws bad_input if `images` is not a permutation of 0..n-1.
  static Permutation from_images(std::vector<Point> images);
  // Checked: 1-based image list as users write it, e.g. [2,3,1].
  static Permutation from_images_1based(const std::vector<long long>& images);
  // Checked: GAP cycle notation "(1,2,3)(4,5)" or "()"; errors give the position.
  static Permutation parse(std::string_view text);
  // Parses the cycles starting at text[position] (which must be '('), and
  // sets position just past them; errors give positions in the whole text.
  static Permutation parse_prefix(std::string_view text, std::size_t& position);

  std::size_t degree() const noexcept { return _images.size(); }
  Point operator[](Point x) const noexcept { return x < _images.size() ? _images[x] : x; }
  const std::vector<Point>& images() const noexcept { return _images; }
  std::vector<long long> images_1based() const;
  std::string to_cycle_string() const;           // GAP notation, 1-based; "()" for identity

  Permutation operator*(const Permutation& other) const;  // apply *this first
  Permutation inverse() const;
  Permutation power(long long exponent) const;
  Permutation conjugate_by(const Permutation& h) const;   // h^-1 * this * h
  bool is_identity() const noexcept;
  std::uint64_t order() const;                   // lcm of cycle lengths
  Permutation resized(std::size_t degree) const; // pad with fixed points (or trim fixed tail)

  bool operator==(const Permutation& other) const noexcept;  // up to trailing fixed points
  std::size_t hash() const noexcept;

 private:
  std::vector<Point> _images;
};

}  // namespace irrepkit
