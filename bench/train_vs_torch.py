#!/usr/bin/python3
"""PyTorch twin of `irrepkit train` (projected, quadratic, unshared, full batch), for bench/train.sh.

Same model, loss and step as train/: inputs g1, g2 one-hot; neuron m has
theta1_m, theta2_m, xi_m in R^|G|; logits
    f(g1, g2) = s_out/M * sum_m xi_m * (s_in * (theta1_m[g1] + theta2_m[g2]))^2,
cross-entropy summed over all |G|^2 pairs, full batch. Projected step: the
gradient of each neuron's [theta1_m; theta2_m] and of xi_m is projected onto
the tangent space of its unit sphere, the optimizer steps (torch.optim.SGD
without momentum, or torch.optim.Adam), and the vectors are renormalised.
Autograd does the backward pass.

The initial weights are irrepkit's, drawn here with the same generator
(train/seeded_random.hpp: mt19937_64, Box-Muller, neuron by neuron theta1,
theta2, xi, then normalised in double and rounded to the training precision),
so both programs start from the same point and their losses can be compared
step by step.

Usage: train_vs_torch.py TABLE.json [--neurons M] [--epochs N] [--optimizer sgd|adam]
       [--lr X] [--threads T] [--dtype float32|float64] [--seed S]
       [--record-every K] [--weights-out FILE]
Prints one JSON line: steps, wall and processor seconds of the training loop,
final loss and accuracy, and (with --record-every) the loss before steps
0, K, 2K, ... as irrepkit's history records it. Losses reported are summed in
double over the per-pair losses (irrepkit accumulates its loss in double); the
timed loop itself uses the ordinary reduction in the training precision.
--weights-out writes the final weights as irrepkit's weights.json does
(theta1[m][g], theta2[m][g], xi[m][g]).
"""
import argparse
import json
import math
import time

import torch


class MersenneTwister64:
    """std::mt19937_64 (fully specified by the C++ standard)."""

    _MASK = (1 << 64) - 1

    def __init__(self, seed):
        self._state = [seed & self._MASK]
        for i in range(1, 312):
            previous = self._state[-1]
            self._state.append((6364136223846793005 * (previous ^ (previous >> 62)) + i) & self._MASK)
        self._index = 312

    def _twist(self):
        state = self._state
        for i in range(312):
            y = (state[i] & 0xFFFFFFFF80000000) | (state[(i + 1) % 312] & 0x7FFFFFFF)
            value = state[(i + 156) % 312] ^ (y >> 1)
            if y & 1:
                value ^= 0xB5026F5AA96619E9
            state[i] = value
        self._index = 0

    def __call__(self):
        if self._index >= 312:
            self._twist()
        y = self._state[self._index]
        self._index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & self._MASK


class SeededRandom:
    """train/seeded_random.hpp: 53-bit uniforms and Box-Muller normals."""

    def __init__(self, seed):
        self._engine = MersenneTwister64(seed)
        self._spare = None

    def uniform(self):
        return (self._engine() >> 11) * 2.0 ** -53

    def normal(self):
        if self._spare is not None:
            spare, self._spare = self._spare, None
            return spare
        u1 = 1.0 - self.uniform()
        u2 = self.uniform()
        radius = math.sqrt(-2.0 * math.log(u1))
        self._spare = radius * math.sin(2.0 * math.pi * u2)
        return radius * math.cos(2.0 * math.pi * u2)


def irrepkit_initial_weights(neurons, order, seed):
    """train/network_weights.cpp initial_network_weights (unshared): three n x M float64 tensors."""
    random = SeededRandom(seed)
    theta1, theta2, xi = [], [], []
    for _ in range(neurons):
        theta1.append([random.normal() for _ in range(order)])
        theta2.append([random.normal() for _ in range(order)])
        xi.append([random.normal() for _ in range(order)])
    theta1 = torch.tensor(theta1, dtype=torch.float64).T.contiguous()
    theta2 = torch.tensor(theta2, dtype=torch.float64).T.contiguous()
    xi = torch.tensor(xi, dtype=torch.float64).T.contiguous()
    # Sequential sums as in network_weights.cpp are not needed for agreement to
    # the last bit of a float; torch's norms differ from them by an ulp at most.
    input_norm = (theta1.square().sum(0) + theta2.square().sum(0)).sqrt()
    return theta1 / input_norm, theta2 / input_norm, xi / xi.norm(dim=0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("table")
    parser.add_argument("--neurons", type=int, default=512)
    parser.add_argument("--epochs", type=int, default=1000)
    parser.add_argument("--optimizer", choices=["sgd", "adam"], default="sgd")
    parser.add_argument("--lr", type=float, default=0.5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--record-every", type=int, default=0)
    parser.add_argument("--weights-out")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    dtype = torch.float64 if args.dtype == "float64" else torch.float32
    with open(args.table) as f:
        data = json.load(f)
    n = int(data["order"])
    target = torch.tensor(data["cayley_table"], dtype=torch.long)  # pair p = a*n + b -> a*b
    first = torch.arange(n).repeat_interleave(n)
    second = torch.arange(n).repeat(n)
    m = args.neurons
    s_in, s_out = 0.5, 0.5

    # Element-major (n x M): column m is neuron m, as in train/.
    params = [w.to(dtype).requires_grad_() for w in irrepkit_initial_weights(m, n, args.seed)]
    theta1, theta2, xi = params
    if args.optimizer == "sgd":
        optimizer = torch.optim.SGD(params, lr=args.lr, momentum=0.0)
    else:
        optimizer = torch.optim.Adam(params, lr=args.lr, betas=(0.9, 0.999), eps=1e-8)

    def per_pair_loss():
        pre = s_in * (theta1[first] + theta2[second])  # P x M
        logits = (s_out / m) * (pre.square() @ xi.T)  # P x n
        return torch.nn.functional.cross_entropy(logits, target, reduction="none"), logits

    history = []
    start = time.perf_counter()
    cpu_start = time.process_time()
    for step in range(args.epochs):
        optimizer.zero_grad(set_to_none=False)
        losses, _ = per_pair_loss()
        loss = losses.sum()
        if args.record_every and step % args.record_every == 0:
            history.append({"step": step, "loss": losses.detach().double().sum().item()})
        loss.backward()
        with torch.no_grad():
            inner = (theta1.grad * theta1).sum(0) + (theta2.grad * theta2).sum(0)
            theta1.grad -= inner * theta1
            theta2.grad -= inner * theta2
            xi.grad -= (xi.grad * xi).sum(0) * xi
        optimizer.step()
        with torch.no_grad():
            norm = (theta1.square().sum(0) + theta2.square().sum(0)).sqrt()
            theta1 /= norm
            theta2 /= norm
            xi /= xi.norm(dim=0)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    with torch.no_grad():
        losses, logits = per_pair_loss()
        final_loss = losses.double().sum().item()
        accuracy = (logits.argmax(1) == target).double().mean().item()
    history.append({"step": args.epochs, "loss": final_loss})
    if args.weights_out:
        with open(args.weights_out, "w") as f:
            json.dump({"theta1": theta1.detach().double().T.tolist(), "theta2": theta2.detach().double().T.tolist(),
                       "xi": xi.detach().double().T.tolist()}, f)
    print(json.dumps({"implementation": "pytorch", "torch": torch.__version__, "dtype": args.dtype,
                      "optimizer": args.optimizer, "lr": args.lr, "threads": torch.get_num_threads(),
                      "group_order": n, "neurons": m, "steps": args.epochs,
                      "seconds": seconds, "steps_per_second": args.epochs / seconds,
                      "cpu_seconds": cpu_seconds, "steps_per_cpu_second": args.epochs / cpu_seconds,
                      "final_loss": final_loss, "train_accuracy": accuracy, "history": history}))


if __name__ == "__main__":
    main()
