package io.jrtc.demo;

import java.util.Arrays;

/** The entry point of {@code jrtc-demo.jar}: {@code echo}, {@code echo-client URL} or {@code demo}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -jar jrtc-demo.jar echo [--host H] [--port N] | echo-client URL | demo [--port N]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "echo" -> EchoMain.main(rest);
            case "echo-client" -> EchoClientMain.main(rest);
            case "demo" -> DemoMain.main(rest);
            default -> {
                System.err.println("unknown command: " + args[0] + " (echo, echo-client, demo)");
                System.exit(2);
            }
        }
    }
}
