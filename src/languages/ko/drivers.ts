/**
 * The driver breakdown's Korean wording: the summary, the bridge's labels, changes and the key.
 * Part of the Korean pack (./index.ts), loaded only for a Korean widget.
 */
import { withParticle } from './particles.js';
import { signedMoney } from '../../widgets/common.js';
import type { Amount, DriverWording, Kind } from '../../widgets/driver-breakdown/wording.js';

const KIND: Record<Kind, string> = { deficit: '적자', surplus: '흑자', balance: '균형' };

/** "12억 유로 적자", "균형". */
const amountKo = ({ kind, amount }: Amount) => (kind === 'balance' ? KIND.balance : `${amount} ${KIND[kind]}`);

export const drivers: DriverWording = {
  sentences: {
    swung: (label, when, was, previous, is, value) => {
      const from = was === 'balance' ? '수지 균형' : `${previous} ${KIND[was]}`;
      const to = is === 'balance' ? '수지 균형' : `${value} ${KIND[is]}`;
      return `${withParticle(label, '이/가')} ${when} ${from}에서 ${withParticle(to, '으로/로')} 돌아서 가장 크게 움직였다.`;
    },
    moved: (label, when, is, grew, change, value) =>
      `${label} ${withParticle(KIND[is], '이/가')} ${when} ${withParticle(value, '으로/로')} ${change} ${grew ? '커져' : '줄어'} 가장 크게 움직였다.`,
    balanced: (when) => `${when} 모든 유형의 수지가 균형이었다.`,
    largest: (label, when, kind, amount) => `${when}에는 ${withParticle(label, '이/가')} ${amount} ${KIND[kind]}로 가장 컸다.`,
    other: (label, when, listed, total, value) =>
      `${when} 표시된 유형의 합(${amountKo(listed)})과 발표 합계(${amountKo(total)})의 차이인 ${label}(${amountKo(value)})${withParticle(label, '은/는').slice(label.length)} 추산값이다.`,
  },
  bridge: (before, now) => ({
    start: `${before} 합계`,
    end: `${now} 합계`,
    rounding: '반올림 차이',
    missing: (labels) => `증감 미상: ${labels.join(', ')}`,
    other: '기타',
  }),
  noChange: '변동 없음',
  // Korean drops the currency word beside a value, which carries it: `−10.1억`.
  change: (change, settings, unit, short) => signedMoney(change, settings, unit, short),
  balanceKey: (before, now, hasChildren) =>
    `막대는 ${now}, 세로 눈금은 ${before}, 괄호 안은 ${before} 대비 증감.${hasChildren ? ' 들여 쓴 항목은 바로 위 항목에 포함된 세부 항목(합산하지 않음).' : ''}`,
  bridgeKey: (before, now, hasChildren) =>
    `${before} 합계에서 ${now} 합계까지 유형별 증감을 차례로 쌓았다.${hasChildren ? ' 세부 항목은 따로 쌓지 않았다.' : ''}`,
  unknownChange: (labels) => `${withParticle(labels, '은/는')} 두 기간 중 한쪽 수치가 없어 증감을 나눌 수 없다`,
  mismatch: (period, sum, total) => `${period} 유형별 합 ${sum}, 발표 합계 ${total}`,
  residual: (parts) => `차이 단계: ${parts}.`,
  ofWhich: (label) => `그중 ${label}`,
  otherNote: '발표 합계에서 표시된 유형을 뺀 값',
  hatched: '빗금',
};
