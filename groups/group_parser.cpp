// The GROUP argument (see group_parser.hpp): a small GAP-like expression
// language evaluated to a PermutationGroup.
//
//   expression := term (('+' | '-') term)*       (integers and GF(q) elements)
//   term       := ['-'] factor ('*' factor)*
//   factor     := primary ['^' factor]
//   primary    := integer | permutation "(1,2)(3,4)" | "()" | '[' items ']'
//               | name | name '(' items ')'
//
// Names are GAP's functions (SymmetricGroup, DihedralGroup, SL, MatrixGroup,
// GF, Z, ...) and short names (S5, A5, C12, Q8, D8, Dic12, M11, and D(n) for
// the n-gon). Positions in messages are 1-based character offsets. '@path'
// reads a file (a GAP expression, optional trailing ';', or JSON
// {"generators": [[2,3,1],[2,1,3]]}), '-' reads standard input.
#include "groups/group_parser.hpp"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "groups/finite_field.hpp"
#include "groups/named_groups.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

struct Value {
  enum class Kind { integer, field_element, permutation, list, group, field };
  Kind kind = Kind::integer;
  std::size_t position = 0;  // 0-based offset of the value's first character
  long long integer = 0;
  long long field_order = 0;      // for field and field_element
  std::uint32_t field_value = 0;  // for field_element
  Permutation permutation;
  std::vector<Value> items;
  std::shared_ptr<const PermutationGroup> group;
};

const char* kind_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::integer: return "an integer";
    case Value::Kind::field_element: return "a finite field element";
    case Value::Kind::permutation: return "a permutation";
    case Value::Kind::list: return "a list";
    case Value::Kind::group: return "a group";
    case Value::Kind::field: return "a field";
  }
  return "a value";
}

std::string at(std::size_t position) { return " at position " + std::to_string(position + 1); }

// 'c' for a printable character, else "byte 0xNN" (binary files gave raw
// bytes, a NUL cut the message short).
std::string quoted(char c) {
  if (std::isprint(static_cast<unsigned char>(c))) return std::string("'") + c + "'";
  const char* hex = "0123456789ABCDEF";
  unsigned char u = static_cast<unsigned char>(c);
  return std::string("byte 0x") + hex[u >> 4] + hex[u & 15];
}

class Parser {
 public:
  explicit Parser(std::string_view text, std::string where) : _text(text), _where(std::move(where)) {}

  PermutationGroup parse_group_text() {
    skip_space();
    if (_pos == _text.size()) fail(_pos, "empty group expression");
    Value value = parse_expression();
    skip_space();
    if (_pos < _text.size() && _text[_pos] == ';') {
      ++_pos;
      skip_space();
    }
    if (_pos < _text.size()) {
      if (_text[_pos] == ')') fail(_pos, "unbalanced parentheses: unexpected ')'");
      if (_text[_pos] == ']') fail(_pos, "unbalanced brackets: unexpected ']'");
      fail(_pos, "unexpected " + quoted(_text[_pos]) + " after the group expression");
    }
    if (value.kind != Value::Kind::group) {
      fail(value.position, std::string("expected a group but found ") + kind_name(value.kind));
    }
    return *value.group;
  }

 private:
  [[noreturn]] void fail(std::size_t position, const std::string& what) const {
    throw_bad_input(_where + what + at(position));
  }

  void skip_space() {
    while (_pos < _text.size()) {
      char c = _text[_pos];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++_pos;
      } else if (c == '#') {  // GAP comment to the end of the line
        while (_pos < _text.size() && _text[_pos] != '\n') ++_pos;
      } else {
        break;
      }
    }
  }

  const FiniteField& field(long long q, std::size_t position) {
    auto found = _fields.find(q);
    if (found != _fields.end()) return found->second;
    try {
      return _fields.emplace(q, FiniteField(q)).first->second;
    } catch (const Error& e) {
      fail(position, e.what());
    }
  }

  // ---- arithmetic on integers and field elements (matrix entries) ----
  Value to_field(const Value& v, long long q, std::size_t position) {
    if (v.kind == Value::Kind::field_element) {
      if (v.field_order != q) fail(position, "elements of GF(" + std::to_string(v.field_order) + ") and GF(" + std::to_string(q) + ") mixed");
      return v;
    }
    Value result;
    result.kind = Value::Kind::field_element;
    result.position = v.position;
    result.field_order = q;
    result.field_value = field(q, position).from_integer(v.integer);
    return result;
  }

  Value arithmetic(char op, const Value& a, const Value& b, std::size_t position) {
    for (const Value* v : {&a, &b}) {
      if (v->kind != Value::Kind::integer && v->kind != Value::Kind::field_element) {
        fail(v->position, std::string("'") + op + "' needs integers or field elements, not " + kind_name(v->kind));
      }
    }
    if (a.kind == Value::Kind::integer && b.kind == Value::Kind::integer) {
      Value result = a;
      long long r = 0;
      bool overflow = false;
      if (op == '+') overflow = __builtin_add_overflow(a.integer, b.integer, &r);
      if (op == '-') overflow = __builtin_sub_overflow(a.integer, b.integer, &r);
      if (op == '*') overflow = __builtin_mul_overflow(a.integer, b.integer, &r);
      if (op == '^') {
        if (b.integer < 0) fail(b.position, "negative integer exponent");
        if (a.integer == 0 || a.integer == 1) {
          r = b.integer == 0 ? 1 : a.integer;
        } else if (a.integer == -1) {
          r = b.integer % 2 == 0 ? 1 : -1;
        } else {  // |a| >= 2: overflow within 63 steps
          r = 1;
          for (long long k = 0; k < b.integer && !overflow; ++k) overflow = __builtin_mul_overflow(r, a.integer, &r);
        }
      }
      if (overflow) fail(position, "integer overflow");
      result.integer = r;
      return result;
    }
    if (op == '^') {
      if (b.kind != Value::Kind::integer) fail(b.position, "exponent must be an integer");
      const FiniteField& f = field(a.field_order, position);
      Value result = a;
      long long e = b.integer;
      std::uint32_t base = a.field_value;
      if (e < 0) {
        if (base == 0) fail(position, "0 has no inverse");
        base = f.inverse(base);
        e = -e;
      }
      std::uint32_t r = 1;
      for (; e > 0; e >>= 1) {
        if (e & 1) r = f.multiply(r, base);
        base = f.multiply(base, base);
      }
      result.field_value = r;
      return result;
    }
    long long q = a.kind == Value::Kind::field_element ? a.field_order : b.field_order;
    Value x = to_field(a, q, position), y = to_field(b, q, position);
    const FiniteField& f = field(q, position);
    if (op == '+') x.field_value = f.add(x.field_value, y.field_value);
    if (op == '-') x.field_value = f.subtract(x.field_value, y.field_value);
    if (op == '*') x.field_value = f.multiply(x.field_value, y.field_value);
    return x;
  }

  Value parse_expression() {
    Value left = parse_term();
    while (true) {
      skip_space();
      if (_pos < _text.size() && (_text[_pos] == '+' || _text[_pos] == '-')) {
        char op = _text[_pos];
        std::size_t position = _pos++;
        Value right = parse_term();
        left = arithmetic(op, left, right, position);
      } else {
        return left;
      }
    }
  }

  Value parse_term() {
    skip_space();
    bool negative = false;
    std::size_t start = _pos;
    if (_pos < _text.size() && _text[_pos] == '-') {
      negative = true;
      ++_pos;
    }
    Value left = parse_factor();
    while (true) {
      skip_space();
      if (_pos < _text.size() && _text[_pos] == '*') {
        std::size_t position = _pos++;
        Value right = parse_factor();
        left = arithmetic('*', left, right, position);
      } else {
        break;
      }
    }
    if (negative) {
      Value zero;
      zero.position = start;
      left = arithmetic('-', zero, left, start);
      left.position = start;
    }
    return left;
  }

  // Counts the nesting of parse_primary and of the right-associative '^'
  // (2^2^...^2 recurses through parse_factor without a primary around it:
  // 100000 of them overflowed the stack, found under AddressSanitizer).
  struct DepthGuard {
    Parser& parser;
    DepthGuard(Parser& p, std::size_t position) : parser(p) {
      if (parser._depth >= max_depth) {
        parser.fail(position, "expression nested more than " + std::to_string(max_depth) + " levels deep");
      }
      ++parser._depth;
    }
    ~DepthGuard() { --parser._depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };

  Value parse_factor() {
    Value base = parse_primary();
    skip_space();
    if (_pos < _text.size() && _text[_pos] == '^') {
      DepthGuard guard(*this, _pos);
      std::size_t position = _pos++;
      skip_space();
      bool negative = false;
      if (_pos < _text.size() && _text[_pos] == '-') {
        negative = true;
        ++_pos;
      }
      Value exponent = parse_factor();
      if (negative && exponent.kind == Value::Kind::integer) exponent.integer = -exponent.integer;
      return arithmetic('^', base, exponent, position);
    }
    return base;
  }

  Value parse_primary() {
    skip_space();
    DepthGuard guard(*this, _pos);
    if (_pos == _text.size()) fail(_pos, "unexpected end of text");
    char c = _text[_pos];
    Value value;
    value.position = _pos;
    if (c == '(') {
      value.kind = Value::Kind::permutation;
      try {
        value.permutation = Permutation::parse_prefix(_text, _pos);
      } catch (const Error& e) {
        throw_bad_input(_where + e.what());  // say which file, as other messages do
      }
      return value;
    }
    if (c == '[') {
      value.kind = Value::Kind::list;
      value.items = parse_items(']', "brackets");
      return value;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      value.kind = Value::Kind::integer;
      while (_pos < _text.size() && std::isdigit(static_cast<unsigned char>(_text[_pos]))) {
        if (__builtin_mul_overflow(value.integer, 10LL, &value.integer) ||
            __builtin_add_overflow(value.integer, static_cast<long long>(_text[_pos] - '0'), &value.integer)) {
          fail(value.position, "integer too large");
        }
        ++_pos;
      }
      return value;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t start = _pos;
      while (_pos < _text.size() &&
             (std::isalnum(static_cast<unsigned char>(_text[_pos])) || _text[_pos] == '_')) {
        ++_pos;
      }
      std::string name(_text.substr(start, _pos - start));
      skip_space();
      if (_pos < _text.size() && _text[_pos] == '(') {
        std::vector<Value> args = parse_items(')', "parentheses");
        return call(name, start, std::move(args));
      }
      return short_name(name, start);
    }
    if (c == ')') fail(_pos, "unbalanced parentheses: unexpected ')'");
    if (c == ']') fail(_pos, "unbalanced brackets: unexpected ']'");
    fail(_pos, "unexpected " + quoted(c));
  }

  // Items between _text[_pos] (the opening bracket) and `close`.
  std::vector<Value> parse_items(char close, const char* kind) {
    std::size_t open = _pos++;
    std::vector<Value> items;
    skip_space();
    if (_pos < _text.size() && _text[_pos] == close) {
      ++_pos;
      return items;
    }
    while (true) {
      items.push_back(parse_expression());
      skip_space();
      if (_pos == _text.size()) {
        fail(open, std::string("unbalanced ") + kind + ": missing '" + close + "' for the one opened");
      }
      if (_text[_pos] == ',') {
        ++_pos;
        continue;
      }
      if (_text[_pos] == close) {
        ++_pos;
        return items;
      }
      if (_text[_pos] == ')' || _text[_pos] == ']') {
        fail(_pos, std::string("unbalanced ") + kind + ": expected '" + close + "' but found " + quoted(_text[_pos]));
      }
      fail(_pos, std::string("expected ',' or '") + close + "' but found " + quoted(_text[_pos]));
    }
  }

  // ---- argument conversion ----
  void expect_arity(const std::string& name, std::size_t position, const std::vector<Value>& args, std::size_t low,
                    std::size_t high) {
    if (args.size() < low || args.size() > high) {
      std::string expected = low == high ? std::to_string(low)
                                         : (high == SIZE_MAX ? "at least " + std::to_string(low)
                                                             : std::to_string(low) + " to " + std::to_string(high));
      fail(position, "wrong number of arguments: " + name + " takes " + expected + " argument" +
                         (low == 1 && high == 1 ? "" : "s") + ", got " + std::to_string(args.size()));
    }
  }

  long long as_integer(const std::string& name, const Value& v, std::size_t index) {
    if (v.kind != Value::Kind::integer) {
      fail(v.position, name + ": argument " + std::to_string(index + 1) + " must be an integer, not " + kind_name(v.kind));
    }
    return v.integer;
  }

  const PermutationGroup& as_group(const std::string& name, const Value& v, std::size_t index) {
    if (v.kind != Value::Kind::group) {
      fail(v.position, name + ": argument " + std::to_string(index + 1) + " must be a group, not " + kind_name(v.kind));
    }
    return *v.group;
  }

  Value group_value(PermutationGroup group, std::size_t position) {
    Value v;
    v.kind = Value::Kind::group;
    v.position = position;
    v.group = std::make_shared<const PermutationGroup>(std::move(group));
    return v;
  }

  Permutation image_list(const Value& list) {
    std::vector<long long> images;
    for (const auto& item : list.items) {
      if (item.kind != Value::Kind::integer) fail(item.position, "an image list holds integers only");
      images.push_back(item.integer);
    }
    try {
      return Permutation::from_images_1based(images);
    } catch (const Error& e) {
      fail(list.position, e.what());
    }
  }

  bool is_matrix(const Value& v) const {  // a non-empty list of lists
    if (v.kind != Value::Kind::list || v.items.empty()) return false;
    for (const auto& row : v.items) {
      if (row.kind != Value::Kind::list) return false;
    }
    return true;
  }

  bool is_square_matrix(const Value& v) const {
    if (!is_matrix(v)) return false;
    for (const auto& row : v.items) {
      if (row.items.size() != v.items.size()) return false;
      for (const auto& x : row.items) {
        if (x.kind != Value::Kind::integer && x.kind != Value::Kind::field_element) return false;
      }
    }
    return true;
  }

  // Matrices over GF(q) (q > 0) or over the integers (q == 0).
  PermutationGroup matrices_to_group(const std::vector<const Value*>& matrices, long long q, std::size_t position) {
    if (q == 0) {
      for (const Value* m : matrices) {
        for (const auto& row : m->items) {
          for (const auto& x : row.items) {
            if (x.kind == Value::Kind::field_element) q = x.field_order;
          }
        }
      }
    }
    if (q == 0) {
      std::vector<IntegerMatrix> integer_matrices;
      for (const Value* m : matrices) {
        IntegerMatrix matrix;
        for (const auto& row : m->items) {
          std::vector<long long> entries;
          for (const auto& x : row.items) {
            if (x.kind != Value::Kind::integer) fail(x.position, "a matrix entry must be a number");
            entries.push_back(x.integer);
          }
          matrix.push_back(std::move(entries));
        }
        integer_matrices.push_back(std::move(matrix));
      }
      return with_position(position, [&] { return integer_matrix_group(integer_matrices); });
    }
    field(q, position);
    std::vector<FieldMatrix> field_matrices;
    for (const Value* m : matrices) {
      FieldMatrix matrix;
      for (const auto& row : m->items) {
        std::vector<std::uint32_t> entries;
        for (const auto& x : row.items) {
          if (x.kind != Value::Kind::integer && x.kind != Value::Kind::field_element) {
            fail(x.position, "a matrix entry must be a number or a field element");
          }
          entries.push_back(to_field(x, q, x.position).field_value);
        }
        matrix.push_back(std::move(entries));
      }
      field_matrices.push_back(std::move(matrix));
    }
    return with_position(position, [&] { return matrix_group(q, field_matrices); });
  }

  template <typename Make>
  PermutationGroup with_position(std::size_t position, Make make) {
    try {
      return make();
    } catch (const Error& e) {
      std::string message = e.what();
      if (e.kind() != ErrorKind::bad_input || message.find(" at position ") != std::string::npos) throw;
      fail(position, message);
    }
  }

  Value group_from_generators(const std::string& name, std::size_t position, const std::vector<Value>& args) {
    // Group([g1, g2]) is Group(g1, g2) unless the list is itself an image
    // list or a (square) matrix.
    if (args.size() == 1 && args[0].kind == Value::Kind::list && !args[0].items.empty() &&
        args[0].items[0].kind != Value::Kind::integer && !is_square_matrix(args[0])) {
      return group_from_generators(name, position, args[0].items);
    }
    std::vector<Permutation> permutations;
    std::vector<const Value*> matrices;
    for (const auto& arg : args) {
      if (arg.kind == Value::Kind::permutation) {
        permutations.push_back(arg.permutation);
      } else if (is_square_matrix(arg)) {
        matrices.push_back(&arg);
      } else if (arg.kind == Value::Kind::list) {
        permutations.push_back(image_list(arg));
      } else {
        fail(arg.position, name + ": a generator must be a permutation, an image list or a matrix, not " +
                               kind_name(arg.kind));
      }
    }
    if (!permutations.empty() && !matrices.empty()) fail(position, name + ": permutations and matrices mixed");
    if (!matrices.empty()) return group_value(matrices_to_group(matrices, 0, position), position);
    return group_value(with_position(position, [&] { return PermutationGroup(permutations); }), position);
  }

  Value call(const std::string& name, std::size_t position, std::vector<Value> args) {
    auto one_integer = [&](auto make) {
      expect_arity(name, position, args, 1, 1);
      long long n = as_integer(name, args[0], 0);
      return group_value(with_position(position, [&] { return make(n); }), position);
    };
    auto two_integers = [&](auto make) {
      expect_arity(name, position, args, 2, 2);
      long long a = as_integer(name, args[0], 0), b = as_integer(name, args[1], 1);
      return group_value(with_position(position, [&] { return make(a, b); }), position);
    };
    if (name == "Group") {
      expect_arity(name, position, args, 1, SIZE_MAX);
      return group_from_generators(name, position, args);
    }
    if (name == "SymmetricGroup" || name == "Sym") return one_integer(symmetric_group);
    if (name == "AlternatingGroup" || name == "Alt") return one_integer(alternating_group);
    if (name == "CyclicGroup" || name == "C") return one_integer(cyclic_group);
    if (name == "DihedralGroup") return one_integer(dihedral_group);
    if (name == "D") return one_integer(polygon_group);
    if (name == "QuaternionGroup" || name == "Q") return one_integer(quaternion_group);
    if (name == "DicyclicGroup" || name == "Dic") return one_integer(dicyclic_group);
    if (name == "ElementaryAbelianGroup") return one_integer(elementary_abelian_group);
    if (name == "MathieuGroup") return one_integer(mathieu_group);
    if (name == "HeisenbergGroup") return one_integer(heisenberg_group);
    if (name == "FrobeniusGroup") return two_integers(frobenius_group);
    if (name == "SL" || name == "SpecialLinearGroup") return two_integers(special_linear_group);
    if (name == "GL" || name == "GeneralLinearGroup") return two_integers(general_linear_group);
    if (name == "PSL" || name == "ProjectiveSpecialLinearGroup") return two_integers(projective_special_linear_group);
    if (name == "PGL" || name == "ProjectiveGeneralLinearGroup") return two_integers(projective_general_linear_group);
    if (name == "AbelianGroup") {
      expect_arity(name, position, args, 1, 1);
      if (args[0].kind != Value::Kind::list) fail(args[0].position, "AbelianGroup: the argument must be a list of integers");
      std::vector<long long> invariants;
      for (std::size_t i = 0; i < args[0].items.size(); ++i) invariants.push_back(as_integer(name, args[0].items[i], 0));
      return group_value(with_position(position, [&] { return abelian_group(invariants); }), position);
    }
    if (name == "DirectProduct") {
      expect_arity(name, position, args, 1, SIZE_MAX);
      std::vector<PermutationGroup> factors;
      for (std::size_t i = 0; i < args.size(); ++i) factors.push_back(as_group(name, args[i], i));
      return group_value(with_position(position, [&] { return direct_product(factors); }), position);
    }
    if (name == "WreathProduct") {
      expect_arity(name, position, args, 2, 2);
      const PermutationGroup& g = as_group(name, args[0], 0);
      const PermutationGroup& h = as_group(name, args[1], 1);
      return group_value(with_position(position, [&] { return wreath_product(g, h); }), position);
    }
    if (name == "SemidirectProduct") {
      expect_arity(name, position, args, 2, 2);
      long long orders[2];
      for (std::size_t i = 0; i < 2; ++i) {
        const PermutationGroup& g = as_group(name, args[i], i);
        Integer order = g.order();
        Integer exponent(1);
        for (const auto& s : g.generators()) exponent = Integer::lcm(exponent, Integer(static_cast<unsigned long long>(s.order())));
        if (!g.is_abelian() || !(exponent == order) || !order.fits_long()) {
          fail(args[i].position, "SemidirectProduct: only products of cyclic groups are supported; argument " +
                                     std::to_string(i + 1) + " is not cyclic");
        }
        orders[i] = order.to_long();
      }
      return group_value(with_position(position, [&] { return semidirect_product_cyclic(orders[0], orders[1]); }),
                         position);
    }
    if (name == "GF" || name == "GaloisField") {
      expect_arity(name, position, args, 1, 1);
      Value v;
      v.kind = Value::Kind::field;
      v.position = position;
      v.field_order = as_integer(name, args[0], 0);
      field(v.field_order, args[0].position);
      return v;
    }
    if (name == "Z") {
      expect_arity(name, position, args, 1, 1);
      Value v;
      v.kind = Value::Kind::field_element;
      v.position = position;
      v.field_order = as_integer(name, args[0], 0);
      v.field_value = field(v.field_order, args[0].position).primitive_power(1);
      return v;
    }
    if (name == "MatrixGroup") {
      expect_arity(name, position, args, 1, SIZE_MAX);
      long long q = 0;
      std::size_t first = 0;
      if (args[0].kind == Value::Kind::field) {
        q = args[0].field_order;
        first = 1;
      }
      std::vector<const Value*> matrices;
      for (std::size_t i = first; i < args.size(); ++i) {
        if (args[i].kind == Value::Kind::list && !args[i].items.empty() && is_matrix(args[i].items[0]) &&
            args.size() == first + 1) {
          for (const auto& m : args[i].items) matrices.push_back(&m);  // MatrixGroup(GF(q), [M1, M2])
          break;
        }
        if (!is_matrix(args[i])) fail(args[i].position, "MatrixGroup: argument " + std::to_string(i + 1) + " is not a matrix");
        matrices.push_back(&args[i]);
      }
      if (matrices.empty()) fail(position, "MatrixGroup: needs at least one matrix");
      return group_value(matrices_to_group(matrices, q, position), position);
    }
    fail(position, "unknown function name '" + name + "'");
  }

  Value short_name(const std::string& name, std::size_t position) {
    std::size_t digits = name.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(name[digits - 1]))) --digits;
    std::string prefix = name.substr(0, digits);
    std::string number = name.substr(digits);
    if (!number.empty() && number.size() <= 9) {
      long long n = std::stoll(number);
      auto make = [&](PermutationGroup (*family)(long long)) {
        return group_value(with_position(position, [&] { return family(n); }), position);
      };
      if (prefix == "C") return make(cyclic_group);
      if (prefix == "S") return make(symmetric_group);
      if (prefix == "A") return make(alternating_group);
      if (prefix == "D") return make(dihedral_group);
      if (prefix == "Q") return make(quaternion_group);
      if (prefix == "Dic") return make(dicyclic_group);
      if (prefix == "M") return make(mathieu_group);
    }
    if (name == "trivial" || name == "Trivial") return group_value(trivial_group(), position);
    fail(position, "unknown group name '" + name + "'");
  }

  std::string_view _text;
  std::string _where;
  std::size_t _pos = 0;
  int _depth = 0;
  static constexpr int max_depth = 200;
  std::map<long long, FiniteField> _fields;
};

std::string read_all(std::istream& in) {
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

PermutationGroup group_from_json(const std::string& content, const std::string& where) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(content);
  } catch (const nlohmann::json::exception& e) {
    throw_bad_input(where + "invalid JSON: " + e.what());
  }
  if (!document.is_object() || !document.contains("generators") || !document["generators"].is_array()) {
    throw_bad_input(where + "JSON must be an object with a \"generators\" array of 1-based image lists");
  }
  std::vector<Permutation> generators;
  std::size_t index = 0;
  for (const auto& list : document["generators"]) {
    ++index;
    if (!list.is_array()) throw_bad_input(where + "generator " + std::to_string(index) + " is not a list");
    std::vector<long long> images;
    for (const auto& x : list) {
      if (!x.is_number_integer()) {
        throw_bad_input(where + "generator " + std::to_string(index) + " holds a non-integer");
      }
      images.push_back(x.get<long long>());
    }
    try {
      generators.push_back(Permutation::from_images_1based(images));
    } catch (const Error& e) {
      throw_bad_input(where + "generator " + std::to_string(index) + ": " + e.what());
    }
  }
  if (generators.empty()) generators.push_back(Permutation(1));
  return PermutationGroup(std::move(generators));
}

PermutationGroup group_from_content(const std::string& content, const std::string& where) {
  std::size_t first = content.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && content[first] == '{') return group_from_json(content, where);
  return Parser(content, where).parse_group_text();
}

}  // namespace

PermutationGroup parse_group(std::string_view text) {
  std::string trimmed(text);
  trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
  trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
  PermutationGroup group;
  if (trimmed == "-") {
    group = group_from_content(read_all(std::cin), "GROUP from standard input: ");
  } else if (!trimmed.empty() && trimmed[0] == '@') {
    std::string path = trimmed.substr(1);
    // A directory opens as an ifstream and then throws from the read, which
    // used to surface as an internal error.
    std::error_code code;
    if (std::filesystem::is_directory(path, code)) throw_bad_input("GROUP: cannot read file '" + path + "': it is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw_bad_input("GROUP: cannot read file '" + path + "'");
    std::string content;
    try {
      content = read_all(in);
    } catch (const std::exception& e) {
      throw_bad_input("GROUP: cannot read file '" + path + "': " + e.what());
    }
    if (in.bad()) throw_bad_input("GROUP: cannot read file '" + path + "'");
    group = group_from_content(content, "GROUP file '" + path + "': ");
  } else {
    group = Parser(text, "GROUP: ").parse_group_text();
  }
  group.set_name(trimmed);
  return group;
}

std::string group_syntax_help() {
  return "GROUP is a GAP expression, a short name, or a file:\n"
         "  Group((1,2,3),(1,2))   generators in cycle notation (points are 1-based)\n"
         "  Group([2,3,1],[2,1,3]) generators as image lists\n"
         "  SymmetricGroup(5) AlternatingGroup(5) CyclicGroup(12) AbelianGroup([4,6])\n"
         "  DihedralGroup(10)      GAP's convention: the argument is the ORDER (10 = symmetries of the pentagon)\n"
         "  QuaternionGroup(8) DicyclicGroup(12) ElementaryAbelianGroup(8) HeisenbergGroup(3)\n"
         "  DirectProduct(S3,C4) WreathProduct(S4,C2) FrobeniusGroup(7,3)\n"
         "  SemidirectProduct(CyclicGroup(7),CyclicGroup(3))  (cyclic groups; the action a->a^r is\n"
         "                         faithful when possible, r the smallest unit of that order)\n"
         "  SL(2,7) GL(2,3) PSL(2,11) PGL(2,9) (q a prime power)  MathieuGroup(11|12|22|23|24)\n"
         "  MatrixGroup(GF(3), [[1,1],[0,1]], [[0,1],[2,0]])  (entries may use Z(q), as in GAP)\n"
         "  MatrixGroup([[0,1],[1,0]], [[-1,0],[0,1]])       (integer matrices; finite groups only)\n"
         "  Short names: S5 A5 C12 Q8 Dic12 M11, and Dn follows GAP: D8 has ORDER 8;\n"
         "  D(n) is the symmetry group of the n-gon, of order 2n (D(59) has order 118).\n"
         "  @path reads a file: a GAP expression (a final ';' is allowed) or JSON\n"
         "  {\"generators\": [[2,3,1],[2,1,3]]} (1-based image lists); - reads standard input.";
}

}  // namespace irrepkit
