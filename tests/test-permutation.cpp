// Permutations: GAP cycle notation in and out, products applying the left
// factor first, inverses, powers, orders, padding with fixed points, errors.
#include <doctest/doctest.h>

#include <string>

#include "groups/permutation.hpp"
#include "lib/error.hpp"

using irrepkit::Error;
using irrepkit::ErrorKind;
using irrepkit::Permutation;

namespace {

std::string error_message(const std::string& text) {
  try {
    Permutation::parse(text);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("permutation/001: cycle notation round trip") {
  CHECK(Permutation::parse("(1,2,3)(4,5)").to_cycle_string() == "(1,2,3)(4,5)");
  CHECK(Permutation::parse(" ( 3 , 1 , 2 ) ").to_cycle_string() == "(1,2,3)");
  CHECK(Permutation::parse("()").to_cycle_string() == "()");
  CHECK(Permutation::parse("()").is_identity());
  CHECK(Permutation().to_cycle_string() == "()");
  CHECK(Permutation::parse("(2,5)").degree() == 5);
  CHECK(Permutation::parse("(1,2,3)").images() == std::vector<irrepkit::Point>{1, 2, 0});
  CHECK(Permutation::parse("(1,2,3)").images_1based() == std::vector<long long>{2, 3, 1});
}

TEST_CASE("permutation/002: products apply the left factor first (GAP)") {
  Permutation a = Permutation::parse("(1,2)");
  Permutation b = Permutation::parse("(2,3)");
  CHECK((a * b).to_cycle_string() == "(1,3,2)");
  CHECK((b * a).to_cycle_string() == "(1,2,3)");
  // Cycles written side by side multiply left to right too.
  CHECK(Permutation::parse("(1,2)(2,3)") == a * b);
  CHECK(a.conjugate_by(b).to_cycle_string() == "(1,3)");
}

TEST_CASE("permutation/003: inverse, power, order") {
  Permutation g = Permutation::parse("(1,2,3,4,5,6)(7,8)");
  CHECK(g.order() == 6);
  CHECK((g * g.inverse()).is_identity());
  CHECK(g.power(2).to_cycle_string() == "(1,3,5)(2,4,6)");
  CHECK(g.power(-1) == g.inverse());
  CHECK(g.power(6).is_identity());
  CHECK(g.power(0).is_identity());
  CHECK(g.power(7) == g);
  CHECK(Permutation(4).order() == 1);
  CHECK(Permutation::parse("(1,2)(3,4,5)").order() == 6);
}

TEST_CASE("permutation/004: different degrees are padded with fixed points") {
  Permutation a = Permutation::parse("(1,2)");
  Permutation b = Permutation::parse("(4,5)");
  CHECK((a * b).degree() == 5);
  CHECK(a.resized(6) == a);
  CHECK(a.resized(6).hash() == a.hash());
  CHECK(a.resized(6).degree() == 6);
  CHECK(a.resized(2).degree() == 2);
  CHECK_THROWS_AS(a.resized(1), Error);
  CHECK(Permutation(3) == Permutation());
}

TEST_CASE("permutation/005: checked construction from image lists") {
  CHECK(Permutation::from_images_1based({2, 3, 1}) == Permutation::parse("(1,2,3)"));
  CHECK(Permutation::from_images({1, 0}) == Permutation::parse("(1,2)"));
  CHECK_THROWS_WITH_AS(Permutation::from_images_1based({2, 2, 1}), doctest::Contains("repeated image 2"), Error);
  CHECK_THROWS_WITH_AS(Permutation::from_images_1based({0, 1}), doctest::Contains("image 0"), Error);
  CHECK_THROWS_WITH_AS(Permutation::from_images_1based({1, 4, 2}), doctest::Contains("image 4"), Error);
}

TEST_CASE("permutation/006: parse errors name what and where") {
  CHECK(error_message("(1,2,2)").find("repeated point 2") != std::string::npos);
  CHECK(error_message("(1,2,2)").find("position 6") != std::string::npos);
  CHECK(error_message("(0,1)").find("point 0") != std::string::npos);
  CHECK(error_message("(0,1)").find("position 2") != std::string::npos);
  CHECK(error_message("(1,2").find("missing ')'") != std::string::npos);
  CHECK(error_message("(1,2))").find("unexpected ')'") != std::string::npos);
  CHECK(error_message("(1;2)").find("position 3") != std::string::npos);
  CHECK(error_message("").find("empty") != std::string::npos);
  CHECK(error_message("(-1,2)").find("positive") != std::string::npos);
}

TEST_CASE("permutation/007: parsing is linear in the text (regression: \"(1000000)(1)(1)...\" took cycles x degree)") {
  // Each cycle used to be multiplied in as a full permutation of the largest
  // point, and a repeated point searched for along the whole cycle.
  std::string many_cycles = "(1000000)";
  for (int k = 0; k < 20000; ++k) many_cycles += "(1)";
  Permutation identity = Permutation::parse(many_cycles);
  CHECK(identity.degree() == 1'000'000);
  CHECK(identity.is_identity());
  std::string long_cycle = "(";
  for (int x = 1; x <= 200'000; ++x) long_cycle += std::to_string(x) + (x < 200'000 ? "," : ")");
  Permutation rotation = Permutation::parse(long_cycle);
  CHECK(rotation.order() == 200'000);
  CHECK(rotation[199'999] == 0);
  CHECK(error_message(long_cycle.substr(0, long_cycle.size() - 1) + ",7)").find("repeated point 7") != std::string::npos);
  // The in-place product of the cycles agrees with the product of the
  // cycles as permutations, left factor first, on overlapping cycles.
  const char* texts[] = {"(1,2)(2,3)", "(1,2,3)(3,4,5)(5,1)", "(4,1)(1,2,3,4)(2,4)(1)(6,5,1)", "(1,3)(1,3)", "()(2,3)()"};
  for (const char* text : texts) {
    INFO(text);
    std::string_view rest(text);
    Permutation product;
    while (!rest.empty()) {
      std::size_t close = rest.find(')');
      product = product * Permutation::parse(rest.substr(0, close + 1));
      rest.remove_prefix(close + 1);
    }
    CHECK(Permutation::parse(text) == product);
  }
  CHECK(Permutation::parse("(1,2)(2,3)").to_cycle_string() == "(1,3,2)");
}
