import { Button, Tooltip, type ButtonProps } from '@fluentui/react-components';
import { useAction } from '../components/use-action';
import { errorKey } from '../errors/describe-error';
import type { Command } from './command';
import { useCommandContext } from './command-context';

type Props<A> = {
  readonly command: Command<A>;
  readonly arg: A;
  /** Show only the icon; the label becomes the accessible name and a tooltip. */
  readonly iconOnly?: boolean;
  readonly appearance?: ButtonProps['appearance'];
  readonly size?: ButtonProps['size'];
  /** Visible text when it should differ from the (accessible) label. */
  readonly children?: string;
};

/**
 * Renders a command as a Fluent button; hidden when the command cannot run in this context. It runs through
 * `useAction` like every other write (docs/ARCHITECTURE.md, "How a view writes"): busy while the command is on its
 * way (a second click does nothing, the button keeps its focus), and a failure the command did not handle itself is
 * the app's error sentence, told by the host's notification since a button has no place of its own to say it.
 */
export function CommandButton<A>({ command, arg, iconOnly, appearance, size, children }: Props<A>) {
  const ctx = useCommandContext();
  const action = useAction(async (value: A) => command.run(ctx, value), {
    failure: (error) => {
      const sentence = ctx.t(`error.${errorKey(error)}`);
      ctx.services.host.notify(sentence, 'error');
      return sentence;
    },
  });
  if (command.canRun && !command.canRun(ctx, arg)) return null;
  const label = command.label(ctx.t, arg);
  const common = {
    icon: command.icon,
    size,
    onClick: () => void action.run(arg),
    disabledFocusable: action.busy,
    'aria-busy': action.busy || undefined,
    'data-command': command.id,
  };
  if (iconOnly) {
    return (
      <Tooltip content={label} relationship="label">
        <Button {...common} appearance={appearance ?? 'subtle'} />
      </Tooltip>
    );
  }
  return (
    <Button {...common} appearance={appearance} aria-label={children ? label : undefined}>
      {children ?? label}
    </Button>
  );
}
