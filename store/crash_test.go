package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCrashMidImport kills (SIGKILL) a child process in the middle of a large import,
// after it has committed a first, small import, then reopens the store: the committed
// import must be whole and the interrupted one must have left nothing behind.
func TestCrashMidImport(t *testing.T) {
	if dir := os.Getenv("POA_STORE_CRASH_CHILD"); dir != "" {
		crashChild(dir)
		return
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashMidImport$", "-test.v")
	cmd.Env = append(os.Environ(), "POA_STORE_CRASH_CHILD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	staged := false
	deadline := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	defer deadline.Stop()
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "staged ") {
			staged = true
			break
		}
	}
	if !staged {
		cmd.Wait()
		t.Fatal("child never reported a staged chunk")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	s := openTest(t, dir)
	d, err := s.Datanet("d")
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.PointsOf("d", 0)
	if err != nil {
		t.Fatal(err)
	}
	if d.Points != 10 || len(got) != 10 || d.Imports != 1 {
		t.Fatalf("after crash: datanet %+v, %d points; want exactly the 10 committed", d, len(got))
	}
	for _, p := range got {
		if !strings.HasPrefix(p.ID, "first") {
			t.Fatalf("point %s of the interrupted import is visible", p.ID)
		}
	}
	// A fresh import of the same texts works: the crash left no stale duplicates.
	res, err := s.AddPoints(context.Background(), "d", points(50, bob, "second"))
	if err != nil || res.Added != 50 || res.Duplicates != 0 {
		t.Fatalf("re-import after crash: %+v %v", res, err)
	}
}

func crashChild(dir string) {
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	if err := s.CreateDatanet(Datanet{Name: "d"}); err != nil {
		os.Exit(2)
	}
	if _, err := s.AddPoints(context.Background(), "d", points(10, alice, "first")); err != nil {
		os.Exit(2)
	}
	s.afterChunk = func(n int) {
		fmt.Printf("staged %d\n", n)
		time.Sleep(10 * time.Second) // the parent kills us here
	}
	s.AddPoints(context.Background(), "d", points(4*chunkPoints, bob, "second"))
	fmt.Println("import finished: the parent should have killed us")
	os.Exit(3)
}
