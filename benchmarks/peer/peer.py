"""PyTorch side of benchmarks/peer: times the same GPT-2-shaped model as poa's
`small` config (or any config passed in) on the batch the Go side wrote, and prints
JSON with the best time in seconds of each phase. Run by `go run ./benchmarks/peer`;
it imports nothing beyond torch (Debian: apt-get install python3-torch
libopenblas0-pthread).
"""
import argparse
import json
import math
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, c, h):
        super().__init__()
        self.h = h
        self.ln_1 = nn.LayerNorm(c, eps=1e-5)
        self.c_attn = nn.Linear(c, 3 * c)
        self.c_proj = nn.Linear(c, c)
        self.ln_2 = nn.LayerNorm(c, eps=1e-5)
        self.c_fc = nn.Linear(c, 4 * c)
        self.mlp_proj = nn.Linear(4 * c, c)

    def forward(self, x):
        b, t, c = x.shape
        q, k, v = self.c_attn(self.ln_1(x)).split(c, dim=2)
        q = q.view(b, t, self.h, c // self.h).transpose(1, 2)
        k = k.view(b, t, self.h, c // self.h).transpose(1, 2)
        v = v.view(b, t, self.h, c // self.h).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(c // self.h))
        mask = torch.ones(t, t, dtype=torch.bool).triu(1)
        att = F.softmax(att.masked_fill(mask, float("-inf")), dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, t, c)
        x = x + self.c_proj(y)
        return x + self.mlp_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        c = cfg["n_embd"]
        self.wte = nn.Embedding(cfg["vocab_size"], c)
        self.wpe = nn.Embedding(cfg["n_positions"], c)
        self.h = nn.ModuleList(Block(c, cfg["n_head"]) for _ in range(cfg["n_layer"]))
        self.ln_f = nn.LayerNorm(c, eps=1e-5)
        for p in self.parameters():
            if p.dim() == 2:
                nn.init.normal_(p, std=0.02)

    def forward(self, idx, targets):
        t = idx.shape[-1]
        x = self.wte(idx) + self.wpe(torch.arange(t))
        for blk in self.h:
            x = blk(x)
        logits = self.ln_f(x) @ self.wte.weight.t()  # tied LM head
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))


# clock: wall time, or with --cpu-time the process's CPU time (user + system, all
# threads), as the Go side's -cpu-time.
clock = time.perf_counter


def best(reps, fn):
    fn()  # warm-up
    b = float("inf")
    for _ in range(reps):
        t0 = clock()
        fn()
        b = min(b, clock() - t0)
    return b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="JSON written by the Go side")
    ap.add_argument("--threads", type=int, required=True)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--cpu-time", action="store_true", help="time by process CPU time instead of the wall clock")
    ap.add_argument("--gemm-only", action="store_true", help="time only the GEMM shapes")
    a = ap.parse_args()
    if a.cpu_time:
        global clock
        clock = time.process_time
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    with open(a.data) as f:
        d = json.load(f)
    cfg, B, T = d["config"], d["batch"], d["seq"]
    idx = torch.tensor(d["tokens"], dtype=torch.long).view(B, T)
    tgt = torch.tensor(d["targets"], dtype=torch.long).view(B, T)
    out = {"torch": torch.__version__, "threads": torch.get_num_threads()}

    def gemm():
        g = {}
        for n, k, m in d["gemm"]:
            x, w = torch.randn(n, k), torch.randn(k, m)
            o = torch.empty(n, m)
            g["%dx%dx%d" % (n, k, m)] = best(a.reps, lambda: torch.mm(x, w, out=o))
        return g

    if a.gemm_only:
        out["gemm"] = gemm()
        json.dump(out, sys.stdout)
        return
    model = GPT(cfg)

    def fwd():
        with torch.no_grad():
            model(idx, tgt)

    out["forward"] = best(a.reps, fwd)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4, betas=(0.9, 0.95), eps=1e-8, weight_decay=0.01)

    def step():
        opt.zero_grad(set_to_none=False)
        model(idx, tgt).backward()
        opt.step()

    out["train_step"] = best(a.reps, step)

    # Per-example gradients of every parameter: functorch's vmap(grad) when present,
    # else one backward per example (reported as such).
    try:
        from functorch import grad, make_functional, vmap

        fmodel, params = make_functional(model)

        def loss1(p, x, y):
            return fmodel(p, x.unsqueeze(0), y.unsqueeze(0))

        pe = vmap(grad(loss1), in_dims=(None, 0, 0))
        out["per_example"] = best(a.reps, lambda: pe(params, idx, tgt))
        out["per_example_method"] = "functorch.vmap(grad)"
    except Exception as e:  # functorch missing or unsupported op
        def loop():
            for i in range(B):
                model.zero_grad(set_to_none=False)
                model(idx[i : i + 1], tgt[i : i + 1]).backward()
                [p.grad.clone() for p in model.parameters()]

        out["per_example"] = best(a.reps, loop)
        out["per_example_method"] = "loop of per-example backward (%s)" % type(e).__name__

    out["gemm"] = gemm()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
