// Dense matrices over the cyclotomic numbers (exact), row-major.
//
// Conventions: 0-based (row, column) indices. Products and traces accumulate
// each entry in a CyclotomicSum (one reduction per entry). rank, inverse,
// nullspace and determinant use Gauss-Jordan elimination over the field,
// choosing among the nonzero candidates the pivot with the fewest terms
// (rationals first) to keep inversions cheap. Shape mismatches throw
// bad_input; inverting a singular matrix throws undefined. nullspace()
// returns a matrix whose columns are a basis of {x : A x = 0}.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lib/cyclotomic.hpp"

namespace irrepkit {

class CyclotomicMatrix {
 public:
  CyclotomicMatrix() = default;
  CyclotomicMatrix(std::size_t rows, std::size_t cols);  // zero matrix
  static CyclotomicMatrix identity(std::size_t n);
  static CyclotomicMatrix from_rows(const std::vector<std::vector<Cyclotomic>>& rows);

  std::size_t rows() const noexcept { return _rows; }
  std::size_t cols() const noexcept { return _cols; }
  Cyclotomic& operator()(std::size_t i, std::size_t j) noexcept { return _entries[i * _cols + j]; }
  const Cyclotomic& operator()(std::size_t i, std::size_t j) const noexcept { return _entries[i * _cols + j]; }
  const Cyclotomic& at(std::size_t i, std::size_t j) const;  // checked

  CyclotomicMatrix operator*(const CyclotomicMatrix& other) const;
  CyclotomicMatrix operator+(const CyclotomicMatrix& other) const;
  CyclotomicMatrix operator-(const CyclotomicMatrix& other) const;
  CyclotomicMatrix scaled(const Cyclotomic& factor) const;
  bool operator==(const CyclotomicMatrix& other) const noexcept;
  bool operator!=(const CyclotomicMatrix& other) const noexcept { return !(*this == other); }

  CyclotomicMatrix transpose() const;
  CyclotomicMatrix conjugate_transpose() const;
  bool is_identity() const noexcept;
  bool is_zero() const noexcept;
  // Least common multiple of the entries' conductors.
  std::uint64_t conductor() const;

  Cyclotomic trace() const;
  Cyclotomic determinant() const;
  std::size_t rank() const;
  // Reduced row echelon form, and its pivot columns.
  CyclotomicMatrix rref(std::vector<std::size_t>* pivot_columns = nullptr) const;
  CyclotomicMatrix inverse() const;
  CyclotomicMatrix nullspace() const;
  std::string to_string() const;  // GAP list of lists: "[ [ 1, E(3) ], [ 0, 1 ] ]"

 private:
  void require_square(const char* operation) const;
  std::size_t _rows = 0;
  std::size_t _cols = 0;
  std::vector<Cyclotomic> _entries;
};

}  // namespace irrepkit
