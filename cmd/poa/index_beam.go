package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"poa/influence/shard"
)

// beamFlags are the Beam runner flags of the pipeline commands (poa index build
// --shards, index update, index sketches, index embeddings).
type beamFlags struct {
	runner, endpoint, env string
}

// add registers --runner, --endpoint and --environment on f.
func (b *beamFlags) add(f *pflag.FlagSet) {
	f.StringVar(&b.runner, "runner", "prism", "Beam runner: prism (in process) or universal (a job server at --endpoint)")
	f.StringVar(&b.endpoint, "endpoint", "", "Beam job server HOST:PORT for --runner universal (e.g. a Flink job server's 8099)")
	f.StringVar(&b.env, "environment", "", "worker environment for --runner universal: DOCKER, PROCESS, EXTERNAL or LOOPBACK (Beam's --environment_type)")
}

// check refuses --runner universal without --endpoint (shard.ErrRunner).
func (b *beamFlags) check() error {
	if b.runner == "universal" && b.endpoint == "" {
		return fmt.Errorf("%w: --runner universal needs --endpoint HOST:PORT", shard.ErrRunner)
	}
	return nil
}
