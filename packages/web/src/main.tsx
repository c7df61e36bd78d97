import "@mantine/core/styles.css";
import "frappe-gantt-css";
import "./app/app.css";
import "./i18n/setup.ts";
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { SignedIn } from "./auth/session.tsx";
import { theme } from "./app/theme.ts";

const client = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={client}>
          <SignedIn>
            <App />
          </SignedIn>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
