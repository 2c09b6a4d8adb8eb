// Tests of the group Fourier transform in both conventions on seeded random
// functions: inversion, Plancherel, the convolution theorem, energy per irrep.
#include <doctest/doctest.h>

#include <cmath>
#include <complex>
#include <random>

#include "irreps/fourier.hpp"
#include "irreps/group_function_io.hpp"
#include "lib/error.hpp"
#include "irreps/unitary_irreps.hpp"
#include "tests/irreps_test_groups.hpp"

using namespace irrepkit;
using irrepkit::testing::group_with_table;
using irrepkit::testing::small_test_groups;

namespace {

GroupFunction random_function(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 engine(seed);
  std::uniform_real_distribution<double> uniform(-1.0, 1.0);
  GroupFunction f(n);
  for (auto& value : f) {
    value = {uniform(engine), uniform(engine)};
  }
  return f;
}

double max_difference(const GroupFunction& a, const GroupFunction& b) {
  double worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    worst = std::max(worst, std::abs(a[i] - b[i]));
  }
  return worst;
}

double squared_norm(const GroupFunction& f) {
  double sum = 0;
  for (const auto& value : f) {
    sum += std::norm(value);
  }
  return sum;
}

}  // namespace

TEST_CASE("fourier/001: inverse(forward(f)) = f, Plancherel and convolution in both conventions") {
  const std::uint64_t seed = 20240611;
  MESSAGE("seed ", seed);
  for (const auto& named : small_test_groups()) {
    for (bool exact : {true, false}) {
      INFO("group ", named.name, " exact route ", exact);
      auto g = group_with_table(named.generators);
      UnitaryIrrepOptions options;
      options.exact = exact;
      auto irreps = compute_unitary_irreps(*g.table, options);
      const std::size_t n = g.enumerated->size();
      GroupFunction f = random_function(n, seed);
      GroupFunction h = random_function(n, seed + 1);
      GroupFunction f_star_h = convolve(*g.enumerated, f, h);
      for (FourierConvention convention : {FourierConvention::unitary, FourierConvention::network}) {
        INFO("convention ", convention == FourierConvention::unitary ? "unitary" : "network");
        auto f_hat = fourier_transform(irreps, f, convention);
        CHECK(max_difference(inverse_fourier_transform(irreps, f_hat, convention), f) < 1e-10);
        double coefficient_energy = 0;
        for (std::size_t r = 0; r < irreps.size(); ++r) {
          coefficient_energy += static_cast<double>(irreps[r].dimension) * f_hat[r].squaredNorm();
        }
        double expected = convention == FourierConvention::unitary ? static_cast<double>(n) * squared_norm(f)
                                                                   : squared_norm(f) / static_cast<double>(n);
        CHECK(std::abs(coefficient_energy - expected) < 1e-9 * (1 + expected));
        auto h_hat = fourier_transform(irreps, h, convention);
        auto conv_hat = fourier_transform(irreps, f_star_h, convention);
        for (std::size_t r = 0; r < irreps.size(); ++r) {
          Eigen::MatrixXcd product = convention == FourierConvention::unitary
                                         ? Eigen::MatrixXcd(f_hat[r] * h_hat[r])
                                         : Eigen::MatrixXcd(static_cast<double>(n) * h_hat[r] * f_hat[r]);
          CHECK((conv_hat[r] - product).cwiseAbs().maxCoeff() < 1e-9 * (1 + product.cwiseAbs().maxCoeff()));
        }
      }
      auto energy = energy_per_irrep(irreps, f);
      double total = 0;
      for (double e : energy) {
        CHECK(e >= 0);
        total += e;
      }
      CHECK(std::abs(total - squared_norm(f)) < 1e-9 * (1 + total));
    }
  }
}

TEST_CASE("fourier/002: delta at the identity and the constant function") {
  auto g = group_with_table({"(1,2,3,4)", "(1,2)"});  // S4
  auto irreps = compute_unitary_irreps(*g.table);
  const std::size_t n = g.enumerated->size();
  GroupFunction delta(n, 0.0);
  delta[0] = 1.0;
  auto delta_hat = fourier_transform(irreps, delta, FourierConvention::unitary);
  for (std::size_t r = 0; r < irreps.size(); ++r) {
    CHECK((delta_hat[r] - Eigen::MatrixXcd::Identity(delta_hat[r].rows(), delta_hat[r].cols())).norm() < 1e-14);
  }
  GroupFunction constant(n, 1.0);
  auto energy = energy_per_irrep(irreps, constant);
  CHECK(std::abs(energy[0] - static_cast<double>(n)) < 1e-9);  // all in the trivial irrep (index 0)
  for (std::size_t r = 1; r < energy.size(); ++r) {
    CHECK(energy[r] < 1e-9);
  }
}

TEST_CASE("fourier/003: wrong lengths are rejected") {
  auto g = group_with_table({"(1,2,3)", "(1,2)"});
  auto irreps = compute_unitary_irreps(*g.table);
  CHECK_THROWS_AS(fourier_transform(irreps, GroupFunction(5, 0.0), FourierConvention::unitary), Error);
  CHECK_THROWS_AS(convolve(*g.enumerated, GroupFunction(6, 0.0), GroupFunction(7, 0.0)), Error);
}

TEST_CASE("fourier/004: reading functions from JSON and from lines, rejecting bad input") {
  auto values = parse_group_function("[1, -0.5, [0, 2], 3e-1]", "json", 4);
  REQUIRE(values.size() == 4);
  CHECK(values[1] == std::complex<double>(-0.5, 0));
  CHECK(values[2] == std::complex<double>(0, 2));
  CHECK(values[3] == std::complex<double>(0.3, 0));
  auto lines = parse_group_function("1\n\n# comment\n  +2.5  -1\n-3\n", "text", 3);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == std::complex<double>(2.5, -1));
  CHECK(lines[2] == std::complex<double>(-3, 0));
  auto message_of = [](const std::string& text, std::size_t length) {
    try {
      parse_group_function(text, "f", length);
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_input);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message_of("1\n2\nabc\n", 3).find("line 3") != std::string::npos);
  CHECK(message_of("1\nnan\n3\n", 3).find("not finite") != std::string::npos);
  CHECK(message_of("1\ninf\n3\n", 3).find("not finite") != std::string::npos);
  CHECK(message_of("1\n2 3 4\n3\n", 3).find("line 2") != std::string::npos);
  CHECK(message_of("1\n2\n", 3).find("2 values for a group of order 3") != std::string::npos);
  CHECK(message_of("[1, 2,", 3).find("invalid JSON") != std::string::npos);
  CHECK(message_of("[1, \"x\", 2]", 3).find("element 2") != std::string::npos);
  CHECK(message_of("[1, [1, 2, 3], 2]", 3).find("element 2") != std::string::npos);
  CHECK(message_of("[1, 2, 3, 4]", 3).find("4 values") != std::string::npos);
}

TEST_CASE("fourier/005: JSON numbers beyond double are bad input (regression: fuzz-group-function, 1e999)") {
  for (const std::string text : {"[1, 1e999, 2]", "[1e400]", "[[0, -1e999]]"}) {
    INFO(text);
    try {
      parse_group_function(text, "f");
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_input);
      CHECK(std::string(e.what()).find("f: invalid JSON") != std::string::npos);
    }
  }
}
