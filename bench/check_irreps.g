# GAP side of bench/check-gap-irreps.sh: checks representations written by
# `irrepkit irreps GROUP --json` (converted to GAP by the script) against GAP.
#
# IrrepkitCheckIrreps(gens, irreps) returns true or a string saying what
# failed. gens: the generators irrepkit used, in its order; irreps: records
#   rec(construction, dimension, exact := true, matrices := [exact matrices, one per generator])
#   rec(construction, dimension, exact := false, matrices := [[re, im], ...])  (float matrices)
# For each representation rho: every relator of a presentation of G on gens
# maps to the identity (so gens -> matrices extends to a homomorphism); the
# traces on GAP's class representatives (words in gens) are a character in
# Irr(CharacterTable(G)), and every character occurs exactly once; the
# exact_unitary and numeric matrices are unitary (construction `exact` gives
# exact matrices that are not unitary: only the first two checks). Exact
# representations are checked exactly, numeric ones to IrrepkitTolerance.

IrrepkitTolerance := 1.0e-7;

IrrepkitComplexValue := function(c)
  local n, coefficients, re, im, k;
  n := Conductor(c);
  coefficients := CoeffsCyc(c, n);
  re := 0.0;
  im := 0.0;
  for k in [0 .. n - 1] do
    if coefficients[k + 1] <> 0 then
      re := re + Float(coefficients[k + 1]) * Cos(2 * FLOAT.PI * k / n);
      im := im + Float(coefficients[k + 1]) * Sin(2 * FLOAT.PI * k / n);
    fi;
  od;
  return [re, im];
end;

# Complex float matrices as pairs [real part, imaginary part].
IrrepkitComplexProduct := function(a, b)
  return [a[1] * b[1] - a[2] * b[2], a[1] * b[2] + a[2] * b[1]];
end;
IrrepkitComplexAdjoint := function(a)
  return [TransposedMat(a[1]), -TransposedMat(a[2])];
end;
IrrepkitComplexIdentity := function(d)
  return [IdentityMat(d) * 1.0, NullMat(d, d) * 1.0];
end;
IrrepkitLargestDifference := function(a, b)
  return Maximum(List(Concatenation(Flat(a[1] - b[1]), Flat(a[2] - b[2])), x -> Maximum(x, -x)));
end;

# The image of a word (ExtRepOfObj: [generator, exponent, ...]).
IrrepkitEvaluateWord := function(word, matrices, product, inverse, identity)
  local result, i, m, j;
  result := identity;
  for i in [1, 3 .. Length(word) - 1] do
    m := matrices[word[i]];
    if word[i + 1] < 0 then
      m := inverse(m);
    fi;
    for j in [1 .. AbsInt(word[i + 1])] do
      result := product(result, m);
    od;
  od;
  return result;
end;

IrrepkitCheckIrreps := function(gens, irreps)
  local G, T, irr, values, approximations, F, epi, relators, words, found, i, irrep, d, mats, identity, word,
        m, traces, position, product, inverse, image;
  G := GroupWithGenerators(gens);
  T := CharacterTable(G);
  irr := Irr(T);
  if Length(irreps) <> Length(irr) then
    return Concatenation(String(Length(irreps)), " representations for ", String(Length(irr)), " characters");
  fi;
  values := List(irr, ValuesOfClassFunction);
  approximations := List(values, v -> List(v, IrrepkitComplexValue));
  F := FreeGroup(Length(gens));
  epi := GroupHomomorphismByImagesNC(F, G, GeneratorsOfGroup(F), gens);
  relators := List(RelatorsOfFpGroup(Range(IsomorphismFpGroupByGenerators(G, gens))), ExtRepOfObj);
  words := List(ConjugacyClasses(T), c -> ExtRepOfObj(PreImagesRepresentative(epi, Representative(c))));
  found := [];
  for i in [1 .. Length(irreps)] do
    irrep := irreps[i];
    d := irrep.dimension;
    mats := irrep.matrices;
    if Length(mats) <> Length(gens) then
      return Concatenation("irrep ", String(i), ": ", String(Length(mats)), " matrices for ", String(Length(gens)), " generators");
    fi;
    if irrep.exact then
      identity := IdentityMat(d);
      product := \*;
      inverse := Inverse;
      if irrep.construction = "exact_unitary" then
        for m in mats do
          if m * ComplexConjugate(TransposedMat(m)) <> identity then
            return Concatenation("irrep ", String(i), ": a generator matrix is not unitary");
          fi;
        od;
      fi;
    else
      identity := IrrepkitComplexIdentity(d);
      product := IrrepkitComplexProduct;
      inverse := IrrepkitComplexAdjoint;
      for m in mats do
        if IrrepkitLargestDifference(IrrepkitComplexProduct(m, IrrepkitComplexAdjoint(m)), identity) > IrrepkitTolerance then
          return Concatenation("irrep ", String(i), ": a generator matrix is not unitary");
        fi;
      od;
    fi;
    for word in relators do
      image := IrrepkitEvaluateWord(word, mats, product, inverse, identity);
      if (irrep.exact and image <> identity) or
         (not irrep.exact and IrrepkitLargestDifference(image, identity) > IrrepkitTolerance) then
        return Concatenation("irrep ", String(i), ": relator ", String(word), " does not map to the identity");
      fi;
    od;
    traces := List(words, w -> IrrepkitEvaluateWord(w, mats, product, inverse, identity));
    if irrep.exact then
      traces := List(traces, TraceMat);
      position := Position(values, traces);
    else
      traces := List(traces, t -> [Sum([1 .. d], k -> t[1][k][k]), Sum([1 .. d], k -> t[2][k][k])]);
      position := PositionProperty(approximations, a -> ForAll([1 .. Length(a)],
        k -> Maximum(a[k][1] - traces[k][1], traces[k][1] - a[k][1]) < IrrepkitTolerance * d and
             Maximum(a[k][2] - traces[k][2], traces[k][2] - a[k][2]) < IrrepkitTolerance * d));
    fi;
    if position = fail then
      return Concatenation("irrep ", String(i), " (", irrep.construction, "): its character is not in Irr");
    fi;
    if position in found then
      return Concatenation("irrep ", String(i), ": character ", String(position), " occurs twice");
    fi;
    Add(found, position);
  od;
  return true;
end;
