// Where the tests find GAP's oracle answers: the file named by IRREPKIT_ORACLE,
// else ../shared/oracle/public.jsonl beside the checkout, else the copy kept in
// tests/data/ (so a checkout without ../shared still runs the oracle tests).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

inline std::string oracle_path() {
  if (const char* path = std::getenv("IRREPKIT_ORACLE")) return path;
  const std::string shared = std::string(IRREPKIT_SOURCE_DIR) + "/../shared/oracle/public.jsonl";
  if (std::filesystem::exists(shared)) return shared;
  return std::string(IRREPKIT_SOURCE_DIR) + "/tests/data/oracle-public.jsonl";
}
