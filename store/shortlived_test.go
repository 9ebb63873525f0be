package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A commit of a ShortLived process is durable as any other: a child commits records
// and is killed (SIGKILL, no Close, its memtable never flushed) before it exits; the
// next open replays the write-ahead log. Both ways round: a ShortLived writer read by a
// default open, and a default writer read by a ShortLived open (the log a default-sized
// memtable left replays into the ShortLived one).
func TestShortLivedCommitsSurviveKill(t *testing.T) {
	if dir := os.Getenv("POA_STORE_SHORT_CHILD"); dir != "" {
		shortLivedChild(dir, os.Getenv("POA_STORE_SHORT_MODE") == "short")
		return
	}
	for _, tc := range []struct {
		name              string
		writer, reopenAs  bool // ShortLived
		records, valueLen int
	}{
		{"short writer, default reader", true, false, 50, 3000},
		// 8,000 records of 4 KiB: a 32 MiB write-ahead log, above what a 16 MiB memtable
		// would hold, below the 64 MiB at which the writer's would have flushed.
		{"default writer, short reader", false, true, 8000, 4096},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && tc.records > 1000 {
				t.Skip("writes a 32 MiB write-ahead log")
			}
			dir := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^TestShortLivedCommitsSurviveKill$")
			mode := "default"
			if tc.writer {
				mode = "short"
			}
			cmd.Env = append(os.Environ(), "POA_STORE_SHORT_CHILD="+dir, "POA_STORE_SHORT_MODE="+mode,
				fmt.Sprintf("POA_STORE_SHORT_N=%d,%d", tc.records, tc.valueLen))
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.AfterFunc(120*time.Second, func() { cmd.Process.Kill() })
			defer deadline.Stop()
			sc := bufio.NewScanner(out)
			committed := false
			for sc.Scan() {
				if sc.Text() == "committed" {
					committed = true
					break
				}
				t.Logf("child: %s", sc.Text())
			}
			if !committed {
				cmd.Wait()
				t.Fatal("child never reported its commits")
			}
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()

			s, err := Open(DefaultOptions(dir).WithShortLived(tc.reopenAs))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for i := 0; i < tc.records; i++ {
				var v struct{ I, N int }
				if err := s.Get(KindConfig, fmt.Sprintf("k%05d", i), &v); err != nil {
					t.Fatalf("record %d of %d committed before the kill: %v", i, tc.records, err)
				}
				if v.I != i {
					t.Fatalf("record %d reads %+v", i, v)
				}
			}
		})
	}
}

// shortLivedChild commits the records, reports "committed" and waits to be killed.
func shortLivedChild(dir string, short bool) {
	var n, size int
	fmt.Sscanf(os.Getenv("POA_STORE_SHORT_N"), "%d,%d", &n, &size)
	s, err := Open(DefaultOptions(dir).WithShortLived(short))
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	pad := strings.Repeat("x", size)
	for i := 0; i < n; i++ {
		v := struct {
			I, N int
			Pad  string
		}{i, n, pad}
		if err := s.Put(KindConfig, fmt.Sprintf("k%05d", i), v); err != nil {
			fmt.Println("put:", err)
			os.Exit(1)
		}
	}
	fmt.Println("committed")
	time.Sleep(time.Minute)
	os.Exit(1)
}
