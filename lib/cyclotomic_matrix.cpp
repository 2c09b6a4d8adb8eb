// CyclotomicMatrix: products via CyclotomicSum, Gauss-Jordan elimination for
// rank / rref / inverse / nullspace / determinant (see the header).
#include "lib/cyclotomic_matrix.hpp"

#include <numeric>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

std::string shape(const CyclotomicMatrix& m) { return std::to_string(m.rows()) + "x" + std::to_string(m.cols()); }

// Pivot preference: rationals, then fewer terms.
std::size_t pivot_cost(const Cyclotomic& x) {
  if (x.is_rational()) return 0;
  return x.coefficients().size() * 64 + 1;
}

// In-place Gauss-Jordan on a rows x cols row-major array; returns the pivot
// columns. Entries of the first `limit` columns are candidates for pivots.
// Also returns the determinant factor (product of pivots, with row-swap signs).
std::vector<std::size_t> gauss_jordan(std::vector<Cyclotomic>& a, std::size_t rows, std::size_t cols,
                                      std::size_t limit, Cyclotomic* determinant) {
  std::vector<std::size_t> pivots;
  std::size_t row = 0;
  if (determinant) *determinant = Cyclotomic(1);
  for (std::size_t column = 0; column < limit && row < rows; ++column) {
    std::size_t best = rows;
    std::size_t best_cost = 0;
    for (std::size_t i = row; i < rows; ++i) {
      const Cyclotomic& x = a[i * cols + column];
      if (x.is_zero()) continue;
      std::size_t cost = pivot_cost(x);
      if (best == rows || cost < best_cost) {
        best = i;
        best_cost = cost;
        if (cost == 0) break;
      }
    }
    if (best == rows) continue;
    if (best != row) {
      for (std::size_t j = 0; j < cols; ++j) std::swap(a[row * cols + j], a[best * cols + j]);
      if (determinant) *determinant = -*determinant;
    }
    Cyclotomic pivot = a[row * cols + column];
    if (determinant) *determinant *= pivot;
    Cyclotomic inverse = pivot.inverse();
    for (std::size_t j = column; j < cols; ++j) {
      if (!a[row * cols + j].is_zero()) a[row * cols + j] *= inverse;
    }
    for (std::size_t i = 0; i < rows; ++i) {
      if (i == row) continue;
      Cyclotomic factor = a[i * cols + column];
      if (factor.is_zero()) continue;
      for (std::size_t j = column; j < cols; ++j) {
        const Cyclotomic& pivot_entry = a[row * cols + j];
        if (!pivot_entry.is_zero()) a[i * cols + j] -= factor * pivot_entry;
      }
    }
    pivots.push_back(column);
    ++row;
  }
  if (determinant && row < rows) *determinant = Cyclotomic();
  return pivots;
}

}  // namespace

CyclotomicMatrix::CyclotomicMatrix(std::size_t rows, std::size_t cols)
    : _rows(rows), _cols(cols), _entries(rows * cols) {}

CyclotomicMatrix CyclotomicMatrix::identity(std::size_t n) {
  CyclotomicMatrix result(n, n);
  for (std::size_t i = 0; i < n; ++i) result(i, i) = Cyclotomic(1);
  return result;
}

CyclotomicMatrix CyclotomicMatrix::from_rows(const std::vector<std::vector<Cyclotomic>>& rows) {
  std::size_t cols = rows.empty() ? 0 : rows[0].size();
  CyclotomicMatrix result(rows.size(), cols);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].size() != cols) {
      throw_bad_input("CyclotomicMatrix::from_rows: row " + std::to_string(i) + " has " +
                      std::to_string(rows[i].size()) + " entries, expected " + std::to_string(cols));
    }
    for (std::size_t j = 0; j < cols; ++j) result(i, j) = rows[i][j];
  }
  return result;
}

const Cyclotomic& CyclotomicMatrix::at(std::size_t i, std::size_t j) const {
  if (i >= _rows || j >= _cols) {
    throw_bad_input("CyclotomicMatrix::at: (" + std::to_string(i) + ", " + std::to_string(j) + ") outside " +
                    shape(*this));
  }
  return (*this)(i, j);
}

void CyclotomicMatrix::require_square(const char* operation) const {
  if (_rows != _cols) {
    throw_bad_input(std::string("CyclotomicMatrix::") + operation + ": matrix is " + shape(*this) + ", not square");
  }
}

CyclotomicMatrix CyclotomicMatrix::operator*(const CyclotomicMatrix& other) const {
  if (_cols != other._rows) {
    throw_bad_input("CyclotomicMatrix::operator*: cannot multiply " + shape(*this) + " by " + shape(other));
  }
  CyclotomicMatrix result(_rows, other._cols);
  CyclotomicSum sum;
  for (std::size_t i = 0; i < _rows; ++i) {
    for (std::size_t j = 0; j < other._cols; ++j) {
      sum.clear();
      for (std::size_t k = 0; k < _cols; ++k) sum.add_product((*this)(i, k), other(k, j));
      result(i, j) = sum.value();
    }
  }
  return result;
}

CyclotomicMatrix CyclotomicMatrix::operator+(const CyclotomicMatrix& other) const {
  if (_rows != other._rows || _cols != other._cols) {
    throw_bad_input("CyclotomicMatrix::operator+: shapes " + shape(*this) + " and " + shape(other) + " differ");
  }
  CyclotomicMatrix result(_rows, _cols);
  for (std::size_t k = 0; k < _entries.size(); ++k) result._entries[k] = _entries[k] + other._entries[k];
  return result;
}

CyclotomicMatrix CyclotomicMatrix::operator-(const CyclotomicMatrix& other) const {
  if (_rows != other._rows || _cols != other._cols) {
    throw_bad_input("CyclotomicMatrix::operator-: shapes " + shape(*this) + " and " + shape(other) + " differ");
  }
  CyclotomicMatrix result(_rows, _cols);
  for (std::size_t k = 0; k < _entries.size(); ++k) result._entries[k] = _entries[k] - other._entries[k];
  return result;
}

CyclotomicMatrix CyclotomicMatrix::scaled(const Cyclotomic& factor) const {
  CyclotomicMatrix result(_rows, _cols);
  for (std::size_t k = 0; k < _entries.size(); ++k) result._entries[k] = _entries[k] * factor;
  return result;
}

bool CyclotomicMatrix::operator==(const CyclotomicMatrix& other) const noexcept {
  return _rows == other._rows && _cols == other._cols && _entries == other._entries;
}

CyclotomicMatrix CyclotomicMatrix::transpose() const {
  CyclotomicMatrix result(_cols, _rows);
  for (std::size_t i = 0; i < _rows; ++i)
    for (std::size_t j = 0; j < _cols; ++j) result(j, i) = (*this)(i, j);
  return result;
}

CyclotomicMatrix CyclotomicMatrix::conjugate_transpose() const {
  CyclotomicMatrix result(_cols, _rows);
  for (std::size_t i = 0; i < _rows; ++i)
    for (std::size_t j = 0; j < _cols; ++j) result(j, i) = (*this)(i, j).conjugate();
  return result;
}

bool CyclotomicMatrix::is_identity() const noexcept {
  if (_rows != _cols) return false;
  for (std::size_t i = 0; i < _rows; ++i)
    for (std::size_t j = 0; j < _cols; ++j) {
      const Cyclotomic& x = (*this)(i, j);
      if (i == j ? !x.is_one() : !x.is_zero()) return false;
    }
  return true;
}

bool CyclotomicMatrix::is_zero() const noexcept {
  for (const Cyclotomic& x : _entries)
    if (!x.is_zero()) return false;
  return true;
}

std::uint64_t CyclotomicMatrix::conductor() const {
  std::uint64_t result = 1;
  for (const Cyclotomic& x : _entries) result = std::lcm(result, x.conductor());
  return result;
}

Cyclotomic CyclotomicMatrix::trace() const {
  require_square("trace");
  CyclotomicSum sum;
  for (std::size_t i = 0; i < _rows; ++i) sum.add((*this)(i, i));
  return sum.value();
}

Cyclotomic CyclotomicMatrix::determinant() const {
  require_square("determinant");
  std::vector<Cyclotomic> work = _entries;
  Cyclotomic result;
  gauss_jordan(work, _rows, _cols, _cols, &result);
  return result;
}

std::size_t CyclotomicMatrix::rank() const {
  std::vector<Cyclotomic> work = _entries;
  return gauss_jordan(work, _rows, _cols, _cols, nullptr).size();
}

CyclotomicMatrix CyclotomicMatrix::rref(std::vector<std::size_t>* pivot_columns) const {
  CyclotomicMatrix result(*this);
  std::vector<std::size_t> pivots = gauss_jordan(result._entries, _rows, _cols, _cols, nullptr);
  if (pivot_columns) *pivot_columns = std::move(pivots);
  return result;
}

CyclotomicMatrix CyclotomicMatrix::inverse() const {
  require_square("inverse");
  const std::size_t n = _rows;
  std::vector<Cyclotomic> work(n * 2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) work[i * 2 * n + j] = (*this)(i, j);
    work[i * 2 * n + n + i] = Cyclotomic(1);
  }
  std::vector<std::size_t> pivots = gauss_jordan(work, n, 2 * n, n, nullptr);
  if (pivots.size() < n) {
    throw_undefined("CyclotomicMatrix::inverse: the " + shape(*this) + " matrix is singular (rank " +
                    std::to_string(pivots.size()) + ")");
  }
  CyclotomicMatrix result(n, n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) result(i, j) = std::move(work[i * 2 * n + n + j]);
  return result;
}

CyclotomicMatrix CyclotomicMatrix::nullspace() const {
  std::vector<std::size_t> pivots;
  CyclotomicMatrix reduced = rref(&pivots);
  std::vector<bool> is_pivot(_cols, false);
  for (std::size_t c : pivots) is_pivot[c] = true;
  std::vector<std::size_t> free_columns;
  for (std::size_t c = 0; c < _cols; ++c)
    if (!is_pivot[c]) free_columns.push_back(c);
  CyclotomicMatrix basis(_cols, free_columns.size());
  // For free column f: x_f = 1, x_{pivot r} = -reduced(r, f).
  for (std::size_t k = 0; k < free_columns.size(); ++k) {
    std::size_t f = free_columns[k];
    basis(f, k) = Cyclotomic(1);
    for (std::size_t r = 0; r < pivots.size(); ++r) basis(pivots[r], k) = -reduced(r, f);
  }
  return basis;
}

std::string CyclotomicMatrix::to_string() const {
  std::string text = "[ ";
  for (std::size_t i = 0; i < _rows; ++i) {
    if (i > 0) text += ", ";
    text += "[ ";
    for (std::size_t j = 0; j < _cols; ++j) {
      if (j > 0) text += ", ";
      text += (*this)(i, j).to_string();
    }
    text += " ]";
  }
  return text + " ]";
}

}  // namespace irrepkit
