"""Reading documents: files, stdin, saved web pages, batch inputs."""
