import { Button, type ButtonProps } from '@fluentui/react-components';
import { useRef } from 'react';
import { useAction } from '../components/use-action';
import { useLateFluent } from '../components/use-late-fluent';
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

/** What every command button carries: its icon, size, click, busy state and id. */
type CommonProps = {
  readonly icon: ButtonProps['icon'];
  readonly size: ButtonProps['size'];
  readonly onClick: () => void;
  readonly disabledFocusable: boolean;
  readonly 'aria-busy': true | undefined;
  readonly 'data-command': string;
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
  const common: CommonProps = {
    icon: command.icon,
    size,
    onClick: () => void action.run(arg),
    disabledFocusable: action.busy,
    'aria-busy': action.busy || undefined,
    'data-command': command.id,
  };
  if (iconOnly) return <IconOnlyButton label={label} appearance={appearance} common={common} />;
  return (
    <Button {...common} appearance={appearance} aria-label={children ? label : undefined}>
      {children ?? label}
    </Button>
  );
}

type IconOnlyProps = {
  readonly label: string;
  readonly appearance: ButtonProps['appearance'];
  readonly common: CommonProps;
};

/**
 * An icon button named by its label; the label shows as a tooltip once Fluent's tooltip code has loaded (after the
 * first view's data: the header's buttons are on every first paint). Same name before and after: the button's
 * aria-label, which a string tooltip with relationship "label" would set to the same text.
 */
function IconOnlyButton({ label, appearance, common }: IconOnlyProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const late = useLateFluent(ref);
  const button = <Button ref={ref} {...common} appearance={appearance ?? 'subtle'} aria-label={label} />;
  if (!late) return button;
  return (
    <late.Tooltip content={label} relationship="label">
      {button}
    </late.Tooltip>
  );
}
