// ModMatrix: checked FLINT nmod_mat operations (see the header).
#include "lib/nmod_matrix.hpp"

#include <flint/ulong_extras.h>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

void check_modulus(std::uint64_t modulus) {
  if (modulus < 2 || modulus >= (std::uint64_t{1} << 63)) {
    throw_bad_input("ModMatrix: modulus " + std::to_string(modulus) + " must be in [2, 2^63)");
  }
}

std::string shape(const ModMatrix& m) { return std::to_string(m.rows()) + "x" + std::to_string(m.cols()); }

}  // namespace

ModMatrix::ModMatrix(long rows, long cols, std::uint64_t modulus) {
  check_modulus(modulus);
  if (rows < 0 || cols < 0) throw_bad_input("ModMatrix: negative dimensions");
  nmod_mat_init(_matrix, rows, cols, modulus);
}

ModMatrix ModMatrix::identity(long n, std::uint64_t modulus) {
  ModMatrix result(n, n, modulus);
  nmod_mat_one(result._matrix);
  return result;
}

ModMatrix ModMatrix::from_rows(const std::vector<std::vector<long long>>& rows, std::uint64_t modulus) {
  long cols = rows.empty() ? 0 : static_cast<long>(rows[0].size());
  ModMatrix result(static_cast<long>(rows.size()), cols, modulus);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (static_cast<long>(rows[i].size()) != cols) {
      throw_bad_input("ModMatrix::from_rows: row " + std::to_string(i) + " has " + std::to_string(rows[i].size()) +
                      " entries, expected " + std::to_string(cols));
    }
    for (long j = 0; j < cols; ++j) result.set_signed(static_cast<long>(i), j, rows[i][j]);
  }
  return result;
}

ModMatrix::ModMatrix(const ModMatrix& other) {
  nmod_mat_init(_matrix, other.rows(), other.cols(), other.modulus());
  nmod_mat_set(_matrix, other._matrix);
}

ModMatrix::ModMatrix(ModMatrix&& other) noexcept {
  nmod_mat_init(_matrix, 0, 0, other.modulus());
  nmod_mat_swap(_matrix, other._matrix);
}

ModMatrix& ModMatrix::operator=(const ModMatrix& other) {
  if (this != &other) {
    ModMatrix copy(other);
    nmod_mat_swap(_matrix, copy._matrix);
  }
  return *this;
}

ModMatrix& ModMatrix::operator=(ModMatrix&& other) noexcept {
  nmod_mat_swap(_matrix, other._matrix);
  return *this;
}

ModMatrix::~ModMatrix() { nmod_mat_clear(_matrix); }

void ModMatrix::set_signed(long i, long j, long long value) noexcept {
  std::uint64_t p = modulus();
  std::uint64_t magnitude = value < 0 ? 0ULL - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  magnitude %= p;
  nmod_mat_entry(_matrix, i, j) = (value < 0 && magnitude != 0) ? p - magnitude : magnitude;
}

void ModMatrix::require_prime(const char* operation) const {
  if (!n_is_prime(modulus())) {
    throw_bad_input(std::string("ModMatrix::") + operation + ": modulus " + std::to_string(modulus()) +
                    " is not prime");
  }
}

void ModMatrix::require_square(const char* operation) const {
  if (rows() != cols()) throw_bad_input(std::string("ModMatrix::") + operation + ": matrix is " + shape(*this) + ", not square");
}

void ModMatrix::require_same_shape(const ModMatrix& other, const char* operation) const {
  if (rows() != other.rows() || cols() != other.cols() || modulus() != other.modulus()) {
    throw_bad_input(std::string("ModMatrix::") + operation + ": shapes or moduli differ (" + shape(*this) + " mod " +
                    std::to_string(modulus()) + ", " + shape(other) + " mod " + std::to_string(other.modulus()) + ")");
  }
}

ModMatrix ModMatrix::operator*(const ModMatrix& other) const {
  if (cols() != other.rows() || modulus() != other.modulus()) {
    throw_bad_input("ModMatrix::operator*: cannot multiply " + shape(*this) + " by " + shape(other) +
                    (modulus() != other.modulus() ? " (different moduli)" : ""));
  }
  ModMatrix result(rows(), other.cols(), modulus());
  nmod_mat_mul(result._matrix, _matrix, other._matrix);
  return result;
}

ModMatrix ModMatrix::operator+(const ModMatrix& other) const {
  require_same_shape(other, "operator+");
  ModMatrix result(rows(), cols(), modulus());
  nmod_mat_add(result._matrix, _matrix, other._matrix);
  return result;
}

ModMatrix ModMatrix::operator-(const ModMatrix& other) const {
  require_same_shape(other, "operator-");
  ModMatrix result(rows(), cols(), modulus());
  nmod_mat_sub(result._matrix, _matrix, other._matrix);
  return result;
}

ModMatrix ModMatrix::scaled(std::uint64_t factor) const {
  ModMatrix result(rows(), cols(), modulus());
  nmod_mat_scalar_mul(result._matrix, _matrix, factor % modulus());
  return result;
}

ModMatrix ModMatrix::transpose() const {
  ModMatrix result(cols(), rows(), modulus());
  nmod_mat_transpose(result._matrix, _matrix);
  return result;
}

bool ModMatrix::operator==(const ModMatrix& other) const noexcept {
  return rows() == other.rows() && cols() == other.cols() && modulus() == other.modulus() &&
         nmod_mat_equal(_matrix, other._matrix);
}

std::uint64_t ModMatrix::trace() const {
  require_square("trace");
  return nmod_mat_trace(_matrix);
}

std::uint64_t ModMatrix::determinant() const {
  require_square("determinant");
  require_prime("determinant");
  return nmod_mat_det(_matrix);
}

long ModMatrix::rank() const {
  require_prime("rank");
  return nmod_mat_rank(_matrix);
}

std::pair<ModMatrix, std::vector<long>> ModMatrix::rref() const {
  require_prime("rref");
  ModMatrix reduced(*this);
  long rank = nmod_mat_rref(reduced._matrix);
  std::vector<long> pivots;
  long column = 0;
  for (long i = 0; i < rank; ++i) {
    while (column < cols() && nmod_mat_entry(reduced._matrix, i, column) == 0) ++column;
    pivots.push_back(column++);
  }
  return {std::move(reduced), std::move(pivots)};
}

ModMatrix ModMatrix::inverse() const {
  require_square("inverse");
  require_prime("inverse");
  ModMatrix result(rows(), cols(), modulus());
  if (!nmod_mat_inv(result._matrix, _matrix)) {
    throw_undefined("ModMatrix::inverse: the " + shape(*this) + " matrix is singular modulo " + std::to_string(modulus()));
  }
  return result;
}

ModMatrix ModMatrix::solve(const ModMatrix& right_side) const {
  require_square("solve");
  require_prime("solve");
  if (right_side.rows() != rows() || right_side.modulus() != modulus()) {
    throw_bad_input("ModMatrix::solve: right side " + shape(right_side) + " does not fit " + shape(*this));
  }
  ModMatrix result(cols(), right_side.cols(), modulus());
  if (!nmod_mat_solve(result._matrix, _matrix, right_side._matrix)) {
    throw_undefined("ModMatrix::solve: the " + shape(*this) + " matrix is singular modulo " + std::to_string(modulus()));
  }
  return result;
}

ModMatrix ModMatrix::nullspace() const {
  require_prime("nullspace");
  ModMatrix basis(cols(), cols(), modulus());
  long nullity = nmod_mat_nullspace(basis._matrix, _matrix);
  ModMatrix result(cols(), nullity, modulus());
  for (long i = 0; i < cols(); ++i)
    for (long j = 0; j < nullity; ++j) nmod_mat_entry(result._matrix, i, j) = nmod_mat_entry(basis._matrix, i, j);
  return result;
}

std::string ModMatrix::to_string() const {
  std::string text = "[";
  for (long i = 0; i < rows(); ++i) {
    if (i > 0) text += "; ";
    for (long j = 0; j < cols(); ++j) {
      if (j > 0) text += ", ";
      text += std::to_string(get(i, j));
    }
  }
  return text + "]";
}

}  // namespace irrepkit
