// Command coldstart times how soon a command is done (bench/run.sh's cold
// start scenario), in milliseconds with sub-millisecond resolution, which
// /usr/bin/time (10 ms) does not give:
//
//	coldstart -runs 5 -- comet build DIR --outDir OUT --silent
//	    wall time from exec to exit, one line per run
//	coldstart -runs 5 -url http://127.0.0.1:4321/x -- comet preview DIR …
//	    time from exec to the first 200 answer to -url, polled every
//	    -poll; the server is then stopped (SIGTERM, SIGKILL after 5 s)
//
// Each line is "<ms> <peak RSS KiB>". A run that fails stops the program
// with exit status 1 and the command's output.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 5, "number of runs")
	url := flag.String("url", "", "poll this URL until it answers 200 (a server)")
	poll := flag.Duration("poll", 2*time.Millisecond, "polling interval with -url")
	timeout := flag.Duration("timeout", 30*time.Second, "give up on one run after this")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: coldstart [-runs N] [-url URL] -- command args...")
		os.Exit(2)
	}
	for range *runs {
		var ms float64
		var rss int64
		var err error
		if *url == "" {
			ms, rss, err = runOnce(args, *timeout)
		} else {
			ms, rss, err = firstResponse(args, *url, *poll, *timeout)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "coldstart:", err)
			os.Exit(1)
		}
		fmt.Printf("%.1f %d\n", ms, rss)
	}
}

func runOnce(args []string, timeout time.Duration) (float64, int64, error) {
	var out bytes.Buffer
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	timer := time.AfterFunc(timeout, func() { cmd.Process.Kill() })
	err := cmd.Wait()
	ms := float64(time.Since(t0).Microseconds()) / 1000
	timer.Stop()
	if err != nil {
		return 0, 0, fmt.Errorf("%v: %v\n%s", args, err, out.Bytes())
	}
	return ms, maxRSS(cmd), nil
}

func firstResponse(args []string, url string, poll, timeout time.Duration) (float64, int64, error) {
	var out bytes.Buffer
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	client := &http.Client{
		Timeout:   time.Second,
		Transport: &http.Transport{DisableKeepAlives: true},
	}
	exited := make(chan error, 1)
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	for {
		resp, err := client.Get(url)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				ms := float64(time.Since(t0).Microseconds()) / 1000
				stop()
				return ms, maxRSS(cmd), nil
			}
		}
		select {
		case err := <-exited:
			return 0, 0, fmt.Errorf("%v exited before answering: %v\n%s", args, err, out.Bytes())
		case <-time.After(poll):
		}
		if time.Since(t0) > timeout {
			stop()
			return 0, 0, errors.New(url + " did not answer 200 in time\n" + out.String())
		}
	}
}

// maxRSS is the finished command's peak RSS in KiB (0 if unknown).
func maxRSS(cmd *exec.Cmd) int64 {
	if cmd.ProcessState == nil {
		return 0
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}
