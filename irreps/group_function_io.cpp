// Parsing functions on groups from JSON or one-value-a-line text (see the header).
#include "irreps/group_function_io.hpp"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

double json_number(const nlohmann::json& value, const std::string& where) {
  if (!value.is_number()) {
    throw_bad_input(where + ": expected a number or a [re, im] pair, found " + value.dump());
  }
  double number = value.get<double>();
  if (!std::isfinite(number)) {
    throw_bad_input(where + ": the value is not finite");
  }
  return number;
}

std::vector<std::complex<double>> parse_json(std::string_view text, const std::string& source) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    throw_bad_input(source + ": invalid JSON at byte " + std::to_string(e.byte) + ": " + e.what());
  } catch (const nlohmann::json::exception& e) {  // e.g. out_of_range.406 for 1e999
    throw_bad_input(source + ": invalid JSON: " + e.what());
  }
  if (!document.is_array()) {
    throw_bad_input(source + ": expected a JSON list of values");
  }
  std::vector<std::complex<double>> values;
  for (std::size_t i = 0; i < document.size(); ++i) {
    const nlohmann::json& entry = document[i];
    std::string where = source + ": element " + std::to_string(i + 1);
    if (entry.is_array()) {
      if (entry.size() != 2) {
        throw_bad_input(where + ": a complex value must be a [re, im] pair, found " + entry.dump());
      }
      values.emplace_back(json_number(entry[0], where), json_number(entry[1], where));
    } else {
      values.emplace_back(json_number(entry, where), 0.0);
    }
  }
  return values;
}

std::vector<std::complex<double>> parse_lines(std::string_view text, const std::string& source) {
  std::vector<std::complex<double>> values;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);
    ++line_number;
    start = end + 1;
    std::size_t position = 0;
    double parts[2] = {0.0, 0.0};
    int count = 0;
    while (true) {
      while (position < line.size() && is_space(line[position])) {
        ++position;
      }
      if (position >= line.size() || (count == 0 && line[position] == '#')) {
        break;
      }
      const char* first = line.data() + position;
      if (*first == '+') {
        ++first;  // from_chars does not take a leading '+'
      }
      double number = 0;
      auto [last, error] = std::from_chars(first, line.data() + line.size(), number);
      std::string where = source + ": line " + std::to_string(line_number) + ", column " + std::to_string(position + 1);
      if (error != std::errc() || (last != line.data() + line.size() && !is_space(*last))) {
        throw_bad_input(where + ": not a number");
      }
      if (!std::isfinite(number)) {
        throw_bad_input(where + ": the value is not finite");
      }
      if (count == 2) {
        throw_bad_input(where + ": more than two numbers (re im) on the line");
      }
      parts[count++] = number;
      position = static_cast<std::size_t>(last - line.data());
    }
    if (count > 0) {
      values.emplace_back(parts[0], parts[1]);
    }
    if (end == text.size()) {
      break;
    }
  }
  return values;
}

}  // namespace

std::vector<std::complex<double>> parse_group_function(std::string_view text, const std::string& source_name,
                                                       std::optional<std::size_t> expected_length) {
  std::size_t first = 0;
  while (first < text.size() && is_space(text[first])) {
    ++first;
  }
  std::vector<std::complex<double>> values =
      (first < text.size() && text[first] == '[') ? parse_json(text, source_name) : parse_lines(text, source_name);
  if (expected_length && values.size() != *expected_length) {
    throw_bad_input(source_name + ": " + std::to_string(values.size()) + " values for a group of order " +
                    std::to_string(*expected_length));
  }
  return values;
}

}  // namespace irrepkit
