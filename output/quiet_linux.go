package output

import (
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// awaitQuiet waits until no process on this machine has opened, read or
// closed a file in dirs, the folders themselves included, for quiet, and
// reports whether that came before limit. A reader lists a folder, then
// opens the files it listed: swapping a table while it is between the two
// would take from under it a part it is about to open. Readers on other
// machines (a shared file system) are not seen.
func awaitQuiet(dirs []string, quiet, limit time.Duration) (bool, error) {
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		return false, err
	}
	defer unix.Close(fd)
	for _, dir := range dirs {
		if _, err := unix.InotifyAddWatch(fd, dir, unix.IN_OPEN|unix.IN_ACCESS|unix.IN_CLOSE); err != nil {
			return false, &os.PathError{Op: "inotify_add_watch", Path: dir, Err: err}
		}
	}
	deadline := time.Now().Add(limit)
	buf := make([]byte, 64<<10)
	for {
		wait := min(quiet, time.Until(deadline))
		if wait <= 0 {
			return false, nil
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(wait.Milliseconds())+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return false, err
		}
		if n == 0 && wait == quiet {
			return true, nil
		}
		// Activity: drain the events and start counting again.
		for {
			if _, err := unix.Read(fd, buf); err != nil {
				break
			}
		}
	}
}
