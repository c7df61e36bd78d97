import { Alert, Button, Text } from "@mantine/core";
import { Component, type ReactNode } from "react";

interface Props {
  title: string;
  retry: string;
  children: ReactNode;
}

/** Keeps one broken page from blanking the whole app; the message is shown, the shell stays usable. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title={this.props.title} role="alert" data-testid="page-crash">
        <Text size="sm" ff="monospace">
          {this.state.error.message}
        </Text>
        <Button mt="sm" size="xs" onClick={() => this.setState({ error: null })}>
          {this.props.retry}
        </Button>
      </Alert>
    );
  }
}
