//go:build !unix

package node

import "time"

// cpuTimes is not measured on this system: process.cpuUsage() reports 0.
func cpuTimes() (user, system time.Duration) { return 0, 0 }
