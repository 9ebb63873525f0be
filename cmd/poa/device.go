package main

import (
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"poa/kernels"
	"poa/kernels/cuda"
)

// parseDevice reads "cpu", "cuda" or "cuda:N" into (cuda?, ordinal).
func parseDevice(s string) (bool, int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "cpu":
		return false, 0, nil
	case s == "cuda" || s == "gpu":
		return true, 0, nil
	case strings.HasPrefix(s, "cuda:"):
		n, err := strconv.Atoi(s[len("cuda:"):])
		if err != nil || n < 0 {
			return false, 0, fmt.Errorf("--device %q: the GPU number after cuda: must be 0 or more", s)
		}
		return true, n, nil
	}
	return false, 0, fmt.Errorf("--device %q: want cpu, cuda or cuda:N", s)
}

// useDevice makes the kernels' products run where --device says, or explains why
// they cannot.
func useDevice(spec string) error {
	gpu, ordinal, err := parseDevice(spec)
	if err != nil {
		return err
	}
	if !gpu {
		kernels.Accelerate(nil, 0)
		return nil
	}
	d, err := cuda.Open(ordinal)
	if err != nil {
		if errors.Is(err, cuda.ErrNoDriver) || errors.Is(err, cuda.ErrNoDevice) {
			return fmt.Errorf("--device %s: %w (run with --device cpu, or on a host with an NVIDIA GPU and driver; `poa devices` lists what the driver sees)", spec, err)
		}
		return fmt.Errorf("--device %s: %w", spec, err)
	}
	kernels.Accelerate(d, kernels.DefaultOffloadWork)
	in := d.Info()
	slog.Info("device", "name", d.Name(), "compute_capability", in.ComputeCapability,
		"memory_gib", float64(in.MemoryBytes)/(1<<30), "cublas", in.CUBLAS)
	return nil
}

func init() {
	rootCmd.AddCommand(&cobra.Command{
		Use:   "devices",
		Short: "List the GPUs the CUDA driver sees (none on a machine without one)",
		Long: `devices lists the NVIDIA GPUs that --device cuda:N can select, as the CUDA
driver reports them: name, compute capability, memory and peak memory bandwidth.
On a machine without the driver or without a GPU it says so and lists none; it
exits 0 either way.`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{"device": "none"},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := struct {
				Devices []cuda.Info `json:"devices"`
				Reason  string      `json:"reason,omitempty"`
			}{Devices: []cuda.Info{}}
			list, err := cuda.Devices()
			if err != nil {
				if !errors.Is(err, cuda.ErrNoDriver) && !errors.Is(err, cuda.ErrNoDevice) {
					return err
				}
				out.Reason = err.Error()
			} else {
				out.Devices = list
			}
			return emit(out, func() {
				if len(out.Devices) == 0 {
					fmt.Printf("no CUDA devices: %s\nthe kernels run on the CPU (--device cpu)\n", out.Reason)
					return
				}
				for _, d := range out.Devices {
					fmt.Printf("cuda:%d  %s  compute %s  %d SMs  %.1f GiB  %.0f GB/s peak  (driver CUDA %s)\n",
						d.Ordinal, d.Name, d.ComputeCapability, d.Multiprocessors,
						float64(d.MemoryBytes)/(1<<30), d.PeakBandwidthGBs, d.Driver)
				}
			})
		},
	})
}
