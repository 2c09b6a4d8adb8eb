// The irrepkit command line against bad input, run as a user would run it
// (tests/cli_runner.hpp starts the real binary, IRREPKIT_BINARY).
//
// Every refused input must give exit code 2 (bad usage or input) or 1 (valid
// input, computation refused, e.g. a group beyond the 10^7 enumeration limit),
// exactly one line on stderr starting "irrepkit: " and naming the problem (a
// keyword is asserted), no crash signal, nothing on stdout, and no file left
// behind at (or next to) an unwritable --out. Positive checks: --version,
// --help, every SUBCOMMAND --help, and the JSON of `info` and `table`.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/cli_runner.hpp"

namespace fs = std::filesystem;

namespace {

// Input files for the bad cases, in one scratch directory per test process.
const fs::path& scratch() {
  static const fs::path directory = [] {
    fs::path p = fs::temp_directory_path() / ("irrepkit-cli-inputs-" + std::to_string(::getpid()));
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
  }();
  return directory;
}

// Writes `content` to scratch()/name and returns its shell-quoted absolute path.
std::string input_file(const std::string& name, const std::string& content) {
  fs::path path = scratch() / name;
  std::ofstream(path, std::ios::binary) << content;
  return shell_quote(path.string());
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

struct BadCase {
  std::string arguments;  // shell fragment, already quoted
  int exit_code;          // 2 bad input, 1 refused computation
  std::string keyword;    // must appear in the message (case-insensitive)
  std::string stdin_text = "";
};

void check_refused(const BadCase& c) {
  INFO("irrepkit " << c.arguments);
  CliResult result = run_irrepkit(c.arguments, c.stdin_text);
  INFO("exit " << result.exit_code << ", signal " << result.signal);
  INFO("stderr: " << result.err);
  INFO("stdout: " << result.out.substr(0, 400));
  CHECK(result.signal == 0);
  CHECK(result.exit_code == c.exit_code);
  CHECK(result.out.empty());
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  CHECK(!result.err.empty());
  CHECK(result.err.back() == '\n');
  CHECK(result.err.rfind("irrepkit: ", 0) == 0);
  CHECK(lowercase(result.err).find(lowercase(c.keyword)) != std::string::npos);
}

// The names in `directory`, to check that a refused run left nothing there.
std::vector<std::string> listing(const fs::path& directory) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(directory)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("cli/001: malformed group expressions exit 2 naming the problem") {
  const std::vector<BadCase> cases = {
      {"info ''", 2, "empty"},
      {"info '   '", 2, "empty"},
      {"info 'Group((1,2)'", 2, "unbalanced"},
      {"info 'Group((1,2)))'", 2, "unbalanced"},
      {"info 'Group([2,1)'", 2, "expected"},
      {"info 'SymmetricGroup(4'", 2, "unbalanced"},
      {"info 'Frobnicate(3)'", 2, "unknown function"},
      {"info 'Frobnicate'", 2, "unknown group name"},
      {"info 'SymmetricGroup(3,4)'", 2, "wrong number of arguments"},
      {"info 'CyclicGroup()'", 2, "wrong number of arguments"},
      {"info 'FrobeniusGroup(7)'", 2, "wrong number of arguments"},
      {"info 'CyclicGroup(S3)'", 2, "must be an integer"},
      {"info 'DirectProduct(3,4)'", 2, "must be a group"},
      {"info 'CyclicGroup(99999999999999999999999)'", 2, "too large"},
      {"info 'SymmetricGroup(0)'", 2, "SymmetricGroup"},
      {"info 'SymmetricGroup(-3)'", 2, "SymmetricGroup"},
      {"info 'SymmetricGroup(1000000000)'", 2, "SymmetricGroup"},
      {"info 'Group((1,2)) junk'", 2, "unexpected"},
      {"info 'Group((1,2),'", 2, "unexpected end"},
      {"info \"$(printf 'Group(%.0s' $(seq 1 300))\"", 2, "nested"},
      {"info 'S3 ; S4'", 2, "unexpected"},
      {"info 'Group(\"a\")'", 2, "unexpected"},
  };
  for (const BadCase& c : cases) check_refused(c);
}

TEST_CASE("cli/002: non-permutations, point 0 and wrong sizes exit 2") {
  const std::vector<BadCase> cases = {
      {"info 'Group((0,1))'", 2, "0"},
      {"info 'Group([0,1])'", 2, "0"},
      {"info 'Group((1,2,1))'", 2, "1"},
      {"info 'Group([1,1,2])'", 2, "permutation"},
      {"info 'Group([2,3,4])'", 2, "permutation"},
      {"info 'Group((1,-2))'", 2, "positive"},
      {"info 'Group((1,2000000))'", 2, "too large"},
      {"info 'MatrixGroup(GF(3), [[1,1],[1,1]])'", 2, "singular"},
      {"info 'MatrixGroup(GF(3), [[1,1],[0,1]], [[1]])'", 2, "size"},
      {"info 'MatrixGroup(GF(3), [[1,1],[0]])'", 2, "square"},
      {"info 'MatrixGroup(GF(6), [[1]])'", 2, "prime power"},
      {"info 'GL(2,6)'", 2, "prime power"},
      {"info 'MatrixGroup([[1,1],[0,1]])'", 2, "infinite"},
      {"table @" + input_file("image-list.json", "{\"generators\": [[1,1]]}"), 2, "generator 1"},
      {"table @" + input_file("point0.json", "{\"generators\": [[0,1]]}"), 2, "generator 1"},
      {"table @" + input_file("no-generators.json", "{\"gens\": [[2,1]]}"), 2, "generators"},
      {"table @" + input_file("fraction.json", "{\"generators\": [[1.5,2]]}"), 2, "non-integer"},
      {"table @" + input_file("truncated.json", "{\"generators\": [[2,1]"), 2, "invalid JSON"},
  };
  for (const BadCase& c : cases) check_refused(c);
}

TEST_CASE("cli/003: empty and binary garbage files exit 2") {
  std::string garbage;
  for (int i = 0; i < 256; ++i) garbage += static_cast<char>((i * 37 + 11) % 256);
  const std::string empty = input_file("empty.g", "");
  const std::string binary = input_file("garbage.bin", garbage);
  const std::vector<BadCase> cases = {
      {"info @" + empty, 2, "empty"},
      {"table @" + binary, 2, "unexpected"},
      {"info @" + shell_quote((scratch() / "missing.g").string()), 2, "cannot read"},
      {"info @" + shell_quote(scratch().string()), 2, "directory"},
      {"info -", 2, "empty", ""},
      {"irreps -", 2, "unexpected", garbage},
      {"fourier C3 --function " + empty, 2, "0 values for a group of order 3"},
      {"fourier C3 --function " + binary, 2, "line 1"},
      {"fourier C3 --function " + shell_quote((scratch() / "missing.txt").string()), 2, "cannot read"},
  };
  for (const BadCase& c : cases) check_refused(c);
}

TEST_CASE("cli/004: NaN, inf and wrong lengths in fourier --function files exit 2") {
  const std::vector<BadCase> cases = {
      {"fourier C3 --function " + input_file("nan.txt", "1\nnan\n2\n"), 2, "line 2"},
      {"fourier C3 --function " + input_file("NaN.txt", "1\n2\nNaN\n"), 2, "line 3"},
      {"fourier C3 --function " + input_file("inf.txt", "inf\n1\n2\n"), 2, "line 1"},
      {"fourier C3 --function " + input_file("minus-inf.txt", "1 -inf\n1\n2\n"), 2, "line 1"},
      {"fourier C3 --function " + input_file("huge.txt", "1e999\n1\n2\n"), 2, "line 1"},
      {"fourier C3 --function " + input_file("short.txt", "1\n2\n"), 2, "for a group of order 3"},
      {"fourier C3 --function " + input_file("long.txt", "1\n2\n3\n4\n"), 2, "for a group of order 3"},
      {"fourier C3 --function " + input_file("three-numbers.txt", "1 2 3\n1\n2\n"), 2, "line 1"},
      {"fourier C3 --function " + input_file("word.txt", "1\ntwo\n3\n"), 2, "line 2"},
      {"fourier C3 --function " + input_file("short.json", "[1, 2]"), 2, "for a group of order 3"},
      {"fourier C3 --function " + input_file("inf.json", "[1, 1e999, 2]"), 2, "invalid JSON"},
      {"fourier C3 --function " + input_file("pair.json", "[1, [1, 2, 3], 2]"), 2, "element 2"},
      {"fourier C3 --function " + input_file("string.json", "[1, \"x\", 2]"), 2, "element 2"},
      {"fourier C3 --function " + input_file("object.json", "{\"values\": [1, 2, 3]}"), 2, "not a number"},
      {"fourier C3 --function " + input_file("broken.json", "[1, 2,"), 2, "invalid JSON"},
      {"fourier C3 --function -", 2, "for a group of order 3", "1\n2\n"},
      {"fourier 'Group((1,2)' --function " + input_file("fine.txt", "1\n2\n3\n"), 2, "unbalanced"},
      {"fourier C3", 2, "--function"},
  };
  for (const BadCase& c : cases) check_refused(c);
}

TEST_CASE("cli/005: zero or negative neurons, epochs, learning rates exit 2") {
  std::vector<BadCase> cases;
  for (const std::string command : {"train C3", "validate C3"}) {
    const std::vector<BadCase> per_command = {
        {command + " --neurons 0 --epochs 2", 2, "neurons"},
        {command + " --neurons=-4 --epochs 2", 2, "neurons"},
        {command + " --neurons abc --epochs 2", 2, "neurons"},
        {command + " --epochs 0", 2, "epochs"},
        {command + " --epochs=-1", 2, "epochs"},
        {command + " --epochs 2 --lr 0", 2, "learning rate"},
        {command + " --epochs 2 --lr=-0.1", 2, "learning rate"},
        {command + " --epochs 2 --lr nan", 2, "learning rate"},
        {command + " --epochs 2 --lr inf", 2, "learning rate"},
        {command + " --epochs 2 --train-fraction 0", 2, "train fraction"},
        {command + " --epochs 2 --optimizer sgdx", 2, "sgdx"},
        {command + " --epochs 2 --activation cubic", 2, "cubic"},
    };
    cases.insert(cases.end(), per_command.begin(), per_command.end());
  }
  // demo refuses before it creates its --out directory
  const std::string out = shell_quote((scratch() / "demo-refused").string());
  const std::vector<BadCase> demo_cases = {
      {"demo --quiet --neurons 0 --out " + out, 2, "neurons"},
      {"demo --quiet --neurons=-1 --out " + out, 2, "neurons"},
      {"demo --quiet --epochs 0 --out " + out, 2, "epochs"},
      {"demo --quiet --epochs=-5 --out " + out, 2, "epochs"},
      {"demo --quiet --lr 0 --out " + out, 2, "learning rate"},
      {"demo --quiet --lr=-1 --out " + out, 2, "learning rate"},
      {"demo 'Group((1,2)' --quiet --out " + out, 2, "unbalanced"},
  };
  cases.insert(cases.end(), demo_cases.begin(), demo_cases.end());
  for (const BadCase& c : cases) check_refused(c);
  CHECK_FALSE(fs::exists(scratch() / "demo-refused"));
}

TEST_CASE("cli/006: an unwritable --out exits 2 and leaves no file behind") {
  const fs::path regular = scratch() / "regular-file";
  std::ofstream(regular) << "keep me\n";
  const fs::path outputs = scratch() / "outputs";
  fs::create_directories(outputs / "existing-directory");
  const std::string under_regular = shell_quote((regular / "out").string());
  const std::string missing_directory = shell_quote((outputs / "missing" / "out.txt").string());
  const std::string onto_directory = shell_quote((outputs / "existing-directory").string());
  const std::vector<BadCase> cases = {
      {"table S3 --gap /proc/x", 2, "/proc/x"},
      {"table S3 --gap " + under_regular, 2, "regular-file"},
      {"table S3 --gap " + missing_directory, 2, "missing"},
      {"table S3 --gap " + onto_directory, 2, "existing-directory"},
      {"irreps S3 --out /proc/x", 2, "/proc/x"},
      {"irreps S3 --out " + under_regular, 2, "regular-file"},
      {"irreps S3 --json --out " + missing_directory, 2, "missing"},
      {"irreps S3 --out " + onto_directory, 2, "existing-directory"},
      {"train C3 --neurons 4 --epochs 2 --out /proc/x", 2, "/proc/x"},
      {"train C3 --neurons 4 --epochs 2 --out " + under_regular, 2, "regular-file"},
      {"train C3 --neurons 4 --epochs 2 --table-out /proc/x", 2, "/proc/x"},
      {"validate C3 --neurons 4 --epochs 2 --out /proc/x", 2, "/proc/x"},
      {"validate C3 --neurons 4 --epochs 2 --out " + under_regular, 2, "regular-file"},
      {"demo --quiet --epochs 2 --out /proc/x", 2, "/proc/x"},
      {"demo --quiet --epochs 2 --out " + under_regular, 2, "regular-file"},
  };
  for (const BadCase& c : cases) check_refused(c);
  CHECK(fs::is_regular_file(regular));
  CHECK(slurp(regular) == "keep me\n");
  CHECK(listing(outputs) == std::vector<std::string>{"existing-directory"});
  CHECK(fs::is_empty(outputs / "existing-directory"));
  for (const std::string& name : listing(scratch())) {
    INFO(name);
    CHECK(name.find("tmp") == std::string::npos);  // no temporary file of an atomic write
  }
}

TEST_CASE("cli/007: a group beyond the enumeration limit is refused with exit 1") {
  const std::vector<BadCase> cases = {
      {"table 'SymmetricGroup(12)'", 1, "too large"},
      {"irreps 'SymmetricGroup(12)'", 1, "too large"},
      {"train 'SymmetricGroup(12)' --neurons 4 --epochs 2", 1, "too large"},
      {"fourier 'SymmetricGroup(12)' --function " + input_file("one.txt", "1\n"), 1, "too large"},
  };
  for (const BadCase& c : cases) check_refused(c);
  // info still answers: the order, without the classes (and says so on stderr)
  CliResult info = run_irrepkit("info 'SymmetricGroup(12)' --json");
  CHECK(info.signal == 0);
  CHECK(info.exit_code == 0);
  nlohmann::json document = nlohmann::json::parse(info.out);
  CHECK(document["order"] == "479001600");
  CHECK(document["classes"].is_null());
}

TEST_CASE("cli/008: unknown subcommands and options exit 2") {
  const std::vector<BadCase> cases = {
      {"frobnicate", 2, "frobnicate"},
      {"--frobnicate", 2, "--frobnicate"},
      {"info S4 --frobnicate", 2, "--frobnicate"},
      {"table S4 --jsn", 2, "--jsn"},
      {"info", 2, "GROUP"},
      {"info S4 S5", 2, "S5"},
      {"info S4 --limit -1", 2, "limit"},
      {"info S4 --limit many", 2, "limit"},
  };
  for (const BadCase& c : cases) check_refused(c);
}

TEST_CASE("cli/009: --version, --help and every SUBCOMMAND --help exit 0") {
  CliResult version = run_irrepkit("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("irrepkit ", 0) == 0);
  CliResult help = run_irrepkit("--help");
  CHECK(help.exit_code == 0);
  for (const std::string command : {"info", "table", "irreps", "fourier", "train", "validate", "demo"}) {
    INFO(command);
    CHECK(help.out.find(command) != std::string::npos);
    CliResult sub = run_irrepkit(command + " --help");
    CHECK(sub.signal == 0);
    CHECK(sub.exit_code == 0);
    CHECK(sub.out.find("Usage") != std::string::npos);
    CHECK(sub.err.empty());
  }
}

TEST_CASE("cli/010: info and table JSON parse, for S4, FrobeniusGroup(7,3) and the trivial group") {
  CliResult info = run_irrepkit("info S4 --json");
  REQUIRE(info.exit_code == 0);
  nlohmann::json document = nlohmann::json::parse(info.out);
  CHECK(document["order"] == "24");
  CHECK(document["classes"].size() == 5);

  CliResult table = run_irrepkit("table 'FrobeniusGroup(7,3)' --json");
  REQUIRE(table.exit_code == 0);
  CHECK(table.err.empty());
  nlohmann::json characters = nlohmann::json::parse(table.out)["characters"];
  CHECK(characters.size() == 5);

  CliResult trivial = run_irrepkit("table 'Group(())' --json");
  REQUIRE(trivial.exit_code == 0);
  CHECK(nlohmann::json::parse(trivial.out)["characters"].size() == 1);
  CliResult trivial_info = run_irrepkit("info 'Group(())' --json");
  REQUIRE(trivial_info.exit_code == 0);
  CHECK(nlohmann::json::parse(trivial_info.out)["order"] == "1");
}

TEST_CASE("cli/011: a good --out is written whole, with no temporary file beside it") {
  const fs::path directory = fs::temp_directory_path() / ("irrepkit-cli-out-" + std::to_string(::getpid()));
  fs::remove_all(directory);
  fs::create_directories(directory);
  CliResult table = run_irrepkit("table S3 --gap " + shell_quote((directory / "s3.g").string()));
  CHECK(table.exit_code == 0);
  CliResult irreps = run_irrepkit("irreps S3 --json --out " + shell_quote((directory / "s3.json").string()));
  CHECK(irreps.exit_code == 0);
  CHECK(irreps.out.empty());
  CHECK(listing(directory) == std::vector<std::string>{"s3.g", "s3.json"});
  CHECK(nlohmann::json::parse(slurp(directory / "s3.json"))["irreps"].size() == 3);
  CHECK(slurp(directory / "s3.g").find("irrepkit_irr") != std::string::npos);
  fs::remove_all(directory);
}

TEST_CASE("cli/012: cleanup of the scratch inputs") {
  fs::remove_all(scratch());
  CHECK_FALSE(fs::exists(scratch()));
}
