import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Modal } from './modal';

const onClose = vi.fn();

function Step({ step, closeOnBackdrop }: { step: string; closeOnBackdrop?: boolean }) {
  return (
    <Modal title="Import" onClose={onClose} step={step} closeOnBackdrop={closeOnBackdrop}>
      <input aria-label="field" />
      <button type="button">{step === 'one' ? 'Next' : 'Confirm'}</button>
    </Modal>
  );
}
describe('Modal', () => {
  it('focuses the first control, keeps Tab inside, closes on Escape and gives focus back', async () => {
    onClose.mockClear();
    const user = userEvent.setup();
    // The same trigger stays in the page while the dialog opens and closes (a page that recreated
    // it would have nothing to give focus back to).
    const page = (open: boolean) => (
      <div>
        <button type="button">open</button>
        {open && <Step step="one" />}
      </div>
    );
    const { rerender } = render(page(false));
    screen.getByRole('button', { name: 'open' }).focus();
    rerender(page(true));
    expect(screen.getByRole('dialog', { name: 'Import' })).toBeInTheDocument();
    expect(screen.getByLabelText('field')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('field')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    rerender(page(false));
    expect(screen.getByRole('button', { name: 'open' })).toHaveFocus();
  });

  it('moves focus to the first control again at each new step', () => {
    const { rerender } = render(<Step step="one" />);
    screen.getByRole('button', { name: 'Next' }).focus();
    rerender(<Step step="two" />);
    expect(screen.getByLabelText('field')).toHaveFocus();
  });

  it('closes on the backdrop unless told not to', () => {
    onClose.mockClear();
    const { rerender } = render(<Step step="one" closeOnBackdrop={false} />);
    const backdrop = screen.getByRole('dialog').parentElement;
    if (!backdrop) throw new Error('no backdrop');
    fireEvent.mouseDown(backdrop);
    expect(onClose).not.toHaveBeenCalled();
    rerender(<Step step="one" />);
    fireEvent.mouseDown(backdrop);
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.mouseDown(screen.getByLabelText('field'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
