#!/usr/bin/python3
"""PyTorch twin of `irrepkit train` (the default settings), for bench/train.sh.

Same model, loss and step as train/: inputs g1, g2 one-hot; neuron m has
theta1_m, theta2_m, xi_m in R^|G|; logits
    f(g1, g2) = s_out/M * sum_m xi_m * (s_in * (theta1_m[g1] + theta2_m[g2]))^2,
cross-entropy summed over all |G|^2 pairs, full batch; projected Adam: the
gradient of each neuron's [theta1_m; theta2_m] and of xi_m is projected onto
the tangent space of its unit sphere, torch.optim.Adam steps, and the vectors
are renormalised. Autograd does the backward pass. float64 by default (as
irrepkit); --dtype float32 for reference.

Usage: train_vs_torch.py TABLE.json [--neurons M] [--epochs N] [--lr X]
       [--threads T] [--dtype float64|float32] [--seed S]
Prints one JSON line: steps, wall and processor seconds, steps per second of
each, final loss, accuracy.
"""
import argparse
import json
import time

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("table")
    parser.add_argument("--neurons", type=int, default=256)
    parser.add_argument("--epochs", type=int, default=1000)
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--dtype", choices=["float64", "float32"], default="float64")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    dtype = torch.float64 if args.dtype == "float64" else torch.float32
    with open(args.table) as f:
        data = json.load(f)
    n = int(data["order"])
    table = torch.tensor(data["cayley_table"], dtype=torch.long)
    first = torch.arange(n).repeat_interleave(n)  # pair p = a*n + b
    second = torch.arange(n).repeat(n)
    target = table
    m = args.neurons
    s_in, s_out = 0.5, 0.5

    # Element-major (n x M): column m is neuron m, as in train/.
    theta1 = torch.randn(n, m, dtype=dtype)
    theta2 = torch.randn(n, m, dtype=dtype)
    xi = torch.randn(n, m, dtype=dtype)
    norm = (theta1.square().sum(0) + theta2.square().sum(0)).sqrt()
    theta1 /= norm
    theta2 /= norm
    xi /= xi.norm(dim=0)
    params = [p.requires_grad_() for p in (theta1, theta2, xi)]
    optimizer = torch.optim.Adam(params, lr=args.lr, betas=(0.9, 0.999), eps=1e-8)

    def loss_and_logits():
        pre = s_in * (theta1[first] + theta2[second])  # P x M
        logits = (s_out / m) * (pre.square() @ xi.T)  # P x n
        return torch.nn.functional.cross_entropy(logits, target, reduction="sum"), logits

    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(args.epochs):
        optimizer.zero_grad(set_to_none=False)
        loss, _ = loss_and_logits()
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
        loss, logits = loss_and_logits()
        accuracy = (logits.argmax(1) == target).double().mean().item()
    print(json.dumps({"implementation": "pytorch", "torch": torch.__version__, "dtype": args.dtype,
                      "threads": args.threads, "group_order": n, "neurons": m, "steps": args.epochs,
                      "seconds": seconds, "steps_per_second": args.epochs / seconds,
                      "cpu_seconds": cpu_seconds, "steps_per_cpu_second": args.epochs / cpu_seconds,
                      "final_loss": loss.item(), "train_accuracy": accuracy}))


if __name__ == "__main__":
    main()
