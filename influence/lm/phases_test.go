package lm

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
)

func TestPhasesLog(t *testing.T) {
	var buf bytes.Buffer
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	defer slog.SetDefault(prev)
	ph := startPhases()
	ph.mark("load")
	ph.mark("token sketches")
	ph.log(context.Background(), "attribute phases")
	line := buf.String()
	i, j, k := strings.Index(line, "load="), strings.Index(line, `"token sketches"=`), strings.Index(line, "total=")
	if !strings.Contains(line, `msg="attribute phases"`) || i < 0 || j < i || k < j {
		t.Fatalf("phase line %q", line)
	}
}
