import { Button, type ButtonProps } from '@fluentui/react-components';
import { useRef } from 'react';
import { useLateFluent } from '../components/use-late-fluent';
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

/** Renders a command as a Fluent button; hidden when the command cannot run in this context. */
export function CommandButton<A>({ command, arg, iconOnly, appearance, size, children }: Props<A>) {
  const ctx = useCommandContext();
  if (command.canRun && !command.canRun(ctx, arg)) return null;
  const label = command.label(ctx.t, arg);
  const onClick = () => void command.run(ctx, arg);
  if (iconOnly)
    return <IconOnlyButton label={label} icon={command.icon} appearance={appearance} size={size} onClick={onClick} id={command.id} />;
  return (
    <Button
      icon={command.icon}
      appearance={appearance}
      size={size}
      onClick={onClick}
      data-command={command.id}
      aria-label={children ? label : undefined}
    >
      {children ?? label}
    </Button>
  );
}

type IconOnlyProps = Pick<ButtonProps, 'icon' | 'appearance' | 'size'> & {
  readonly label: string;
  readonly onClick: () => void;
  readonly id: string;
};

/**
 * An icon button named by its label; the label shows as a tooltip once Fluent's tooltip code has loaded (after the
 * first view's data: the header's buttons are on every first paint). Same name before and after: the button's
 * aria-label, which a string tooltip with relationship "label" would set to the same text.
 */
function IconOnlyButton({ label, icon, appearance, size, onClick, id }: IconOnlyProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const late = useLateFluent(ref);
  const button = (
    <Button ref={ref} icon={icon} appearance={appearance ?? 'subtle'} size={size} onClick={onClick} data-command={id} aria-label={label} />
  );
  if (!late) return button;
  return (
    <late.Tooltip content={label} relationship="label">
      {button}
    </late.Tooltip>
  );
}
