//go:build !linux

package output

import "time"

// awaitQuiet would wait for readers to pause, which claimx sees through
// Linux's inotify only.
func awaitQuiet(dirs []string, quiet, limit time.Duration) (bool, error) { return false, nil }
