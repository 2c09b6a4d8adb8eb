// Schreier-Sims with explicit transversals (see stabiliser_chain.hpp).
//
// Level l holds a generator list S_l of elements of G^(l); S_{l+1} is
// contained in <S_l>. The deterministic test (Holt, Handbook of CGT, 4.4.2)
// checks, from the deepest level up, that every Schreier generator
// u_beta * s * u_{s(beta)}^-1 of level l sifts to the identity through levels
// l+1..; a residue is added as a new strong generator and the test resumes at
// the deepest level it changed. Per generator we remember how many orbit
// points were already checked: transversal elements never change once set,
// so a Schreier generator that sifted once keeps sifting.
#include "groups/stabiliser_chain.hpp"

#include <random>

#include "lib/error.hpp"

namespace irrepkit {

StabiliserChain::StabiliserChain(std::size_t degree, const std::vector<Permutation>& generators,
                                 const std::vector<Point>& base_prefix)
    : _degree(degree) {
  for (Point b : base_prefix) {
    if (b >= degree) throw_bad_input("base point " + std::to_string(b + 1) + " beyond the degree");
    append_level(b);
  }
  std::vector<Permutation> nontrivial;
  for (const auto& g : generators) {
    if (g.degree() != degree) {
      throw_check_failed("StabiliserChain: generator of degree " + std::to_string(g.degree()) +
                         " in a chain of degree " + std::to_string(degree));
    }
    if (!g.is_identity()) nontrivial.push_back(g);
  }
  for (const auto& g : nontrivial) {
    std::vector<Point> images = g.images();
    std::size_t fixed = 0;
    while (fixed < _levels.size() && images[_levels[fixed].base_point] == _levels[fixed].base_point) ++fixed;
    if (fixed == _levels.size()) append_level(static_cast<Point>(first_moved_point(images)));
    // An original generator belongs to every level whose base points it fixes.
    std::size_t deepest = fixed;
    _strong.push_back(std::move(images));
    for (std::size_t l = 0; l <= deepest; ++l) extend_orbit(l, _strong.size() - 1);
  }
  if (_degree > 12 && !nontrivial.empty()) random_phase(nontrivial);
  verify();
}

std::size_t StabiliserChain::first_moved_point(const std::vector<Point>& g) const {
  for (std::size_t x = 0; x < g.size(); ++x) {
    if (g[x] != x) return x;
  }
  return g.size();
}

void StabiliserChain::append_level(Point base_point) {
  Level level;
  level.base_point = base_point;
  level.orbit.push_back(base_point);
  level.position.assign(_degree, -1);
  level.position[base_point] = 0;
  level.transversal.resize(_degree);
  level.inverse_transversal.resize(_degree);
  for (std::size_t x = 0; x < _degree; ++x) {
    level.transversal[x] = static_cast<Point>(x);
    level.inverse_transversal[x] = static_cast<Point>(x);
  }
  _levels.push_back(std::move(level));
  _base.push_back(base_point);
}

void StabiliserChain::extend_orbit(std::size_t l, std::size_t generator) {
  Level& level = _levels[l];
  level.generators.push_back(generator);
  level.checked.push_back(0);
  const std::size_t n = _degree;
  auto add_image = [&](std::size_t k, const std::vector<Point>& s) {
    Point gamma = s[level.orbit[k]];
    if (level.position[gamma] >= 0) return;
    level.position[gamma] = static_cast<std::int32_t>(level.orbit.size());
    level.orbit.push_back(gamma);
    // u_gamma = u_beta * s (u_beta first).
    std::size_t offset = level.transversal.size();
    _transversal_entries += n;
    if (_transversal_entries > max_transversal_entries) {
      throw_unable("stabiliser chain too large: more than " + std::to_string(max_transversal_entries) +
                   " transversal entries (degree " + std::to_string(n) + ", orbit of " +
                   std::to_string(level.orbit.size()) + "+ points)");
    }
    level.transversal.resize(offset + n);
    level.inverse_transversal.resize(offset + n);
    const Point* u = level.transversal.data() + k * n;
    Point* v = level.transversal.data() + offset;
    Point* w = level.inverse_transversal.data() + offset;
    for (std::size_t x = 0; x < n; ++x) v[x] = s[u[x]];
    for (std::size_t x = 0; x < n; ++x) w[v[x]] = static_cast<Point>(x);
  };
  std::size_t old_size = level.orbit.size();
  const std::vector<Point>& fresh = _strong[generator];
  for (std::size_t k = 0; k < old_size; ++k) add_image(k, fresh);
  for (std::size_t k = old_size; k < level.orbit.size(); ++k) {
    for (std::size_t gi : level.generators) add_image(k, _strong[gi]);
  }
}

std::size_t StabiliserChain::sift_no_checks(std::vector<Point>& g, std::size_t first) const {
  const std::size_t n = _degree;
  for (std::size_t l = first; l < _levels.size(); ++l) {
    const Level& level = _levels[l];
    std::int32_t k = level.position[g[level.base_point]];
    if (k < 0) return l;
    if (k == 0) continue;
    const Point* w = level.inverse_representative(static_cast<std::size_t>(k), n);
    for (std::size_t x = 0; x < n; ++x) g[x] = w[g[x]];
  }
  return _levels.size();
}

bool StabiliserChain::contains(const Permutation& g) const {
  std::vector<Point> images;
  if (g.degree() <= _degree) {
    images = g.resized(_degree).images();
  } else {
    for (std::size_t x = _degree; x < g.degree(); ++x) {
      if (g[static_cast<Point>(x)] != x) return false;
    }
    images = g.resized(_degree).images();
  }
  if (sift_no_checks(images) < _levels.size()) return false;
  return first_moved_point(images) == _degree;
}

bool StabiliserChain::add_generator(const Permutation& generator) {
  if (generator.degree() > _degree) {
    throw_check_failed("StabiliserChain::add_generator: degree " + std::to_string(generator.degree()) +
                       " exceeds " + std::to_string(_degree));
  }
  std::vector<Point> g = generator.resized(_degree).images();
  std::vector<Point> residue = g;
  std::size_t stop = sift_no_checks(residue);
  if (stop == _levels.size() && first_moved_point(residue) == _degree) return false;
  // g itself joins S_0 (and the levels whose base points it fixes).
  std::size_t fixed = 0;
  while (fixed < _levels.size() && g[_levels[fixed].base_point] == _levels[fixed].base_point) ++fixed;
  if (fixed == _levels.size()) append_level(static_cast<Point>(first_moved_point(g)));
  _strong.push_back(std::move(g));
  for (std::size_t l = 0; l <= fixed; ++l) extend_orbit(l, _strong.size() - 1);
  verify();
  return true;
}

void StabiliserChain::random_phase(const std::vector<Permutation>& generators) {
  // Product replacement with a fixed seed: deterministic results.
  std::mt19937_64 rng(0x1223334444ULL);
  const std::size_t n = _degree;
  std::vector<std::vector<Point>> slots;
  while (slots.size() < 10) {
    for (const auto& g : generators) {
      if (slots.size() < 10) slots.push_back(g.images());
    }
  }
  std::vector<Point> accumulator(n);
  for (std::size_t x = 0; x < n; ++x) accumulator[x] = static_cast<Point>(x);
  std::vector<Point> scratch(n);
  auto step = [&] {
    std::size_t i = rng() % slots.size();
    std::size_t j = rng() % (slots.size() - 1);
    if (j >= i) ++j;
    // slots[i] = slots[i] * slots[j]
    for (std::size_t x = 0; x < n; ++x) scratch[x] = slots[j][slots[i][x]];
    slots[i].swap(scratch);
    for (std::size_t x = 0; x < n; ++x) scratch[x] = slots[i][accumulator[x]];
    accumulator.swap(scratch);
  };
  for (int k = 0; k < 50; ++k) step();
  int quiet = 0;
  std::vector<Point> residue(n);
  while (quiet < 30) {
    step();
    residue = accumulator;
    std::size_t stop = sift_no_checks(residue);
    if (stop == _levels.size() && first_moved_point(residue) == n) {
      ++quiet;
      continue;
    }
    quiet = 0;
    if (stop == _levels.size()) append_level(static_cast<Point>(first_moved_point(residue)));
    _strong.push_back(residue);
    for (std::size_t l = (stop == 0 ? 0 : 1); l <= stop; ++l) extend_orbit(l, _strong.size() - 1);
  }
}

void StabiliserChain::verify() {
  const std::size_t n = _degree;
  std::vector<Point> t(n);
  std::ptrdiff_t i = static_cast<std::ptrdiff_t>(_levels.size()) - 1;
  while (i >= 0) {
    std::size_t l = static_cast<std::size_t>(i);
    bool restarted = false;
    for (std::size_t si = 0; si < _levels[l].generators.size() && !restarted; ++si) {
      while (_levels[l].checked[si] < _levels[l].orbit.size()) {
        const Level& level = _levels[l];
        std::size_t k = level.checked[si];
        const std::vector<Point>& s = _strong[level.generators[si]];
        const Point* u = level.representative(k, n);
        Point gamma = s[level.orbit[k]];
        const Point* w = level.inverse_representative(static_cast<std::size_t>(level.position[gamma]), n);
        for (std::size_t x = 0; x < n; ++x) t[x] = w[s[u[x]]];
        std::size_t stop = sift_no_checks(t, l + 1);
        if (stop == _levels.size() && first_moved_point(t) == n) {
          ++_levels[l].checked[si];
          continue;
        }
        if (stop == _levels.size()) append_level(static_cast<Point>(first_moved_point(t)));
        _strong.push_back(t);
        for (std::size_t m = l + 1; m <= stop; ++m) extend_orbit(m, _strong.size() - 1);
        i = static_cast<std::ptrdiff_t>(stop);
        restarted = true;
        break;
      }
    }
    if (!restarted) --i;
  }
}

Integer StabiliserChain::order() const {
  Integer result(1);
  for (const auto& level : _levels) result *= Integer(static_cast<unsigned long long>(level.orbit.size()));
  return result;
}

std::uint64_t StabiliserChain::order_if_small() const noexcept {
  std::uint64_t result = 1;
  for (const auto& level : _levels) {
    std::uint64_t size = level.orbit.size();
    if (result > UINT64_MAX / size) return 0;
    result *= size;
  }
  return result;
}

}  // namespace irrepkit
