// Services started in-process by tests log nothing unless LOG_LEVEL says otherwise.
process.env.LOG_LEVEL ??= "silent";
